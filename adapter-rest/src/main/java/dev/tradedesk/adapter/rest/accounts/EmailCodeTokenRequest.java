package dev.tradedesk.adapter.rest.accounts;

/** {@code POST /api/v1/auth/email-code/token}: a mailed sign-in code, exchanged for tokens. */
public record EmailCodeTokenRequest(String email, String code) {

    @Override
    public String toString() {
        return "EmailCodeTokenRequest[email=" + email + "]";
    }
}

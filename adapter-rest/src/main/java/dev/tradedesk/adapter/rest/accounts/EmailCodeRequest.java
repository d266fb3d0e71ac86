package dev.tradedesk.adapter.rest.accounts;

/** {@code POST /api/v1/auth/email-code}: where to mail a sign-in code. */
public record EmailCodeRequest(String email) {
}

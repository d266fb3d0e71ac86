package dev.tradedesk.adapter.rest.accounts;

/** {@code POST /api/v1/auth/password/reset}: a mailed reset code and the new password. */
public record ResetPasswordRequest(String email, String code, String newPassword) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[email=" + email + "]";
    }
}

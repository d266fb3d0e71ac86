package dev.tradedesk.adapter.rest.accounts;

/** {@code POST /api/v1/auth/password/forgot}: the account whose password is forgotten. */
public record ForgotPasswordRequest(String email) {
}

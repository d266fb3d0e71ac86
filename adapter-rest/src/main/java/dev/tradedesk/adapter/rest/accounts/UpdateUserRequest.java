package dev.tradedesk.adapter.rest.accounts;

/** PATCH /users/{id}: name and email only; roles, root, balance, email_verified and the rest are 400. */
public record UpdateUserRequest(String name, String email) {
}

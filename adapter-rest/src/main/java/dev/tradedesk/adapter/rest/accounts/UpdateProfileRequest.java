package dev.tradedesk.adapter.rest.accounts;

/**
 * PATCH /users/me: only the fields present change; {@code "name": ""} removes the name. Roles,
 * verification and anything else cannot be set here (unknown fields are rejected with 400).
 */
public record UpdateProfileRequest(String name, String email, String password, String currentPassword) {

    @Override
    public String toString() {
        return "UpdateProfileRequest[name=" + name + ", email=" + email + "]";
    }
}

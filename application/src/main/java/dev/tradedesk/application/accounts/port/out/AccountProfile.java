package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What an account shows of itself, read without its password hash and role assignments: for a caller
 * whose roles and permissions come from its verified token ({@code GET /users/me}).
 */
public record AccountProfile(UUID id, EmailAddress email, DisplayName name, boolean emailVerified, Instant createdAt) {

    public AccountProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

package dev.tradedesk.adapter.rest.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The user object of API.md. */
public record UserResponse(UUID id, String email, String name, boolean emailVerified, List<String> roles,
                           List<String> permissions, Instant createdAt) {
}

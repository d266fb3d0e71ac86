package dev.tradedesk.domain.sessions;

import dev.tradedesk.domain.common.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One sign-in of a user on one device, kept alive by a rotating refresh token (stored elsewhere, as a
 * hash) up to an absolute end, whatever the refreshes.
 */
public record Session(UUID id, UUID userId, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                      ClientInfo client, Instant revokedAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(client, "client");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must end after it starts");
        }
    }

    public static Session open(UUID id, UUID userId, Instant now, Duration lifetime, ClientInfo client) {
        Instant start = Timestamps.stored(now);
        return new Session(id, userId, start, start, start.plus(lifetime), client, null);
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}

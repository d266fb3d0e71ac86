package dev.tradedesk.domain.sessions;

import dev.tradedesk.domain.common.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One sign-in of a user on one device: the refresh token that keeps it alive (stored as a hash) and
 * an absolute end, whatever the refreshes.
 */
public record Session(UUID id, UUID userId, byte[] refreshTokenHash, Instant createdAt, Instant lastUsedAt,
                      Instant expiresAt, ClientInfo client, Instant revokedAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(refreshTokenHash, "refreshTokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(client, "client");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must end after it starts");
        }
        refreshTokenHash = refreshTokenHash.clone();
    }

    public static Session open(UUID id, UUID userId, RefreshToken refreshToken, Instant now, Duration lifetime,
                               ClientInfo client) {
        Instant start = Timestamps.stored(now);
        return new Session(id, userId, refreshToken.hash(), start, start, start.plus(lifetime), client, null);
    }

    @Override
    public byte[] refreshTokenHash() {
        return refreshTokenHash.clone();
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Session other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Session[id=" + id + ", userId=" + userId + "]";
    }
}

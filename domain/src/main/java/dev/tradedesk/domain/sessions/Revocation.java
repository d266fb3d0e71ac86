package dev.tradedesk.domain.sessions;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A fact that makes live access tokens invalid before they expire: either one session is revoked
 * (logout, session deletion, refresh-token reuse, password change), or every token of a user carrying
 * an authorization version below {@code minVersion} is void (role changes, deletion). Worth keeping
 * until {@code expiresAt}, when every token it could affect has expired anyway.
 */
public record Revocation(UUID sessionId, UUID userId, long minVersion, Instant expiresAt) {

    public Revocation {
        if ((sessionId == null) == (userId == null)) {
            throw new IllegalArgumentException("a revocation names exactly one session or one user");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static Revocation ofSession(UUID sessionId, Instant expiresAt) {
        return new Revocation(sessionId, null, 0, expiresAt);
    }

    /** Tokens of {@code userId} with a version below {@code minVersion} are void. */
    public static Revocation ofUser(UUID userId, long minVersion, Instant expiresAt) {
        return new Revocation(null, userId, minVersion, expiresAt);
    }

    /** For a deleted user: no token of theirs is valid again. */
    public static Revocation ofDeletedUser(UUID userId, Instant expiresAt) {
        return ofUser(userId, Long.MAX_VALUE, expiresAt);
    }

    public boolean isSession() {
        return sessionId != null;
    }
}

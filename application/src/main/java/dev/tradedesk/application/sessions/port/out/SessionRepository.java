package dev.tradedesk.application.sessions.port.out;

import dev.tradedesk.domain.sessions.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in sessions and the hashes of their refresh tokens. Writes but {@link #present} expect a surrounding
 * transaction.
 */
public interface SessionRepository {

    /** Stores a new session with its first refresh token. */
    void insert(Session session, byte[] refreshTokenHash);

    /**
     * Presents a refresh token: finds it as stored (current or already rotated) with its session and the
     * holder's authorization, and, if it is the current token of a session active at {@code now}, replaces
     * it by {@code next} and records the session's use at {@code now}. Lookup and replacement are one
     * atomic step of their own, so this needs no surrounding transaction (and joins one if there is): of
     * concurrent callers with the same token, exactly one gets {@link RefreshTokenUse#rotated()}.
     */
    Optional<RefreshTokenUse> present(byte[] presented, byte[] next, Instant now);

    /** Revokes the session if it is active; whether it was. */
    boolean revoke(UUID sessionId, String reason, Instant now);

    /** Revokes every active session of the user but {@code keep} (may be null); the revoked ids. */
    List<UUID> revokeAllOf(UUID userId, UUID keep, String reason, Instant now);

    Optional<Session> find(UUID sessionId);

    /** The user's sessions that are neither revoked nor expired, newest first. */
    List<Session> activeOf(UUID userId, Instant now);
}

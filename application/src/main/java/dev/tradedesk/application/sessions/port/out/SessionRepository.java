package dev.tradedesk.application.sessions.port.out;

import dev.tradedesk.domain.sessions.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sign-in sessions and the hashes of their refresh tokens. Writes expect a surrounding transaction. */
public interface SessionRepository {

    /** Stores a new session with its first refresh token. */
    void insert(Session session, byte[] refreshTokenHash);

    /** The session a refresh token belongs to, whether that token is current or already rotated. */
    Optional<RefreshTokenRecord> findByRefreshToken(byte[] tokenHash);

    /**
     * Replaces the session's current refresh token, but only while {@code presented} is still the
     * current one: of concurrent callers with the same token, exactly one gets {@code true}.
     */
    boolean rotate(UUID sessionId, byte[] presented, byte[] next, Instant now);

    /** Revokes the session if it is active; whether it was. */
    boolean revoke(UUID sessionId, String reason, Instant now);

    /** Revokes every active session of the user but {@code keep} (may be null); the revoked ids. */
    List<UUID> revokeAllOf(UUID userId, UUID keep, String reason, Instant now);

    Optional<Session> find(UUID sessionId);

    /** The user's sessions that are neither revoked nor expired, newest first. */
    List<Session> activeOf(UUID userId, Instant now);
}

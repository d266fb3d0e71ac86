package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's in-memory picture of the revocations that live access tokens may be hit by: revoked
 * session ids, and per-user minimum authorization versions. Checking a token costs two map lookups
 * and no I/O; the view is fed by the {@code RevocationBus} and rebuilt from the {@code RevocationLog}
 * (see {@link RevocationSync}).
 */
public final class RevocationView {

    private final Map<UUID, Instant> revokedSessions = new ConcurrentHashMap<>();
    private final Map<UUID, UserFloor> userFloors = new ConcurrentHashMap<>();

    private record UserFloor(long minVersion, Instant expiresAt) {

        UserFloor merge(UserFloor other) {
            return new UserFloor(Math.max(minVersion, other.minVersion),
                    expiresAt.isAfter(other.expiresAt) ? expiresAt : other.expiresAt);
        }
    }

    /** Idempotent and order-independent: applying a revocation twice, or late, changes nothing. */
    public void apply(Revocation revocation) {
        if (revocation.isSession()) {
            revokedSessions.merge(revocation.sessionId(), revocation.expiresAt(),
                    (a, b) -> a.isAfter(b) ? a : b);
        } else {
            userFloors.merge(revocation.userId(), new UserFloor(revocation.minVersion(), revocation.expiresAt()),
                    UserFloor::merge);
        }
    }

    public boolean revokes(AccessTokenClaims claims) {
        return revokes(claims.userId(), claims.sessionId(), claims.authzVersion());
    }

    /** Whether a token of this user and session, issued at {@code authzVersion}, is revoked. */
    public boolean revokes(UUID userId, UUID sessionId, long authzVersion) {
        if (revokedSessions.containsKey(sessionId)) {
            return true;
        }
        UserFloor floor = userFloors.get(userId);
        return floor != null && authzVersion < floor.minVersion();
    }

    /** Forgets what no live token can be affected by any more. */
    public void prune(Instant now) {
        revokedSessions.values().removeIf(expiresAt -> !expiresAt.isAfter(now));
        userFloors.values().removeIf(floor -> !floor.expiresAt().isAfter(now));
    }

    public int size() {
        return revokedSessions.size() + userFloors.size();
    }
}

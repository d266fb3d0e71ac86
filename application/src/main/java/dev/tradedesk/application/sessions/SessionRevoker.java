package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.RevocationBus;
import dev.tradedesk.application.sessions.port.out.RevocationLog;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Revokes sessions and voids users' tokens, for every use case that needs to. In two steps, so that
 * nothing remote happens inside a database transaction:
 * <pre>{@code
 * List<Revocation> done = tx.inTransaction(() -> {
 *     ... the use case's own writes ...
 *     return revoker.revokeAllSessionsOf(userId, null, "password_reset");   // recorded in the same transaction
 * });
 * revoker.announce(done);                                                    // after commit: every node, within a second
 * }</pre>
 */
public final class SessionRevoker {

    private final SessionRepository sessions;
    private final RevocationLog log;
    private final RevocationBus bus;
    private final RevocationView view;
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionRevoker(SessionRepository sessions, RevocationLog log, RevocationBus bus, RevocationView view,
                          SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.log = log;
        this.bus = bus;
        this.view = view;
        this.policy = policy;
        this.clock = clock;
    }

    /** Inside the caller's transaction: revokes one session (if still active). */
    public List<Revocation> revokeSession(UUID sessionId, String reason) {
        Instant now = clock.instant();
        if (!sessions.revoke(sessionId, reason, now)) {
            return List.of();
        }
        return record(List.of(Revocation.ofSession(sessionId, liveTokensEnd(now))));
    }

    /** Inside the caller's transaction: revokes every active session of the user but {@code keep} (may be null). */
    public List<Revocation> revokeAllSessionsOf(UUID userId, UUID keep, String reason) {
        Instant now = clock.instant();
        Instant end = liveTokensEnd(now);
        return record(sessions.revokeAllOf(userId, keep, reason, now).stream()
                .map(id -> Revocation.ofSession(id, end)).toList());
    }

    /** Inside the caller's transaction: voids the user's tokens issued below {@code minVersion}. */
    public List<Revocation> voidTokensBelow(UUID userId, long minVersion) {
        return record(List.of(Revocation.ofUser(userId, minVersion, liveTokensEnd(clock.instant()))));
    }

    /** Inside the caller's transaction: voids every token of a user being deleted. */
    public List<Revocation> voidAllTokensOf(UUID userId) {
        return record(List.of(Revocation.ofDeletedUser(userId, liveTokensEnd(clock.instant()))));
    }

    /** After commit: this node at once, every other node through the bus. */
    public void announce(List<Revocation> revocations) {
        if (revocations.isEmpty()) {
            return;
        }
        revocations.forEach(view::apply);
        bus.publish(revocations);
    }

    private List<Revocation> record(List<Revocation> revocations) {
        if (!revocations.isEmpty()) {
            log.record(revocations);
        }
        return revocations;
    }

    /** An access token issued now lives at most this long; so does what could affect it. */
    private Instant liveTokensEnd(Instant now) {
        return now.plus(policy.accessTokenLifetime());
    }
}

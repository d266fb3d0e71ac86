package dev.tradedesk.application.sessions;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.port.in.RevokeSessionUseCase;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

public final class RevokeSessionService implements RevokeSessionUseCase {

    private final SessionRepository sessions;
    private final SessionRevoker revoker;
    private final TransactionRunner tx;
    private final Clock clock;

    public RevokeSessionService(SessionRepository sessions, SessionRevoker revoker, TransactionRunner tx, Clock clock) {
        this.sessions = sessions;
        this.revoker = revoker;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void revoke(Actor actor, UUID sessionId) {
        List<Revocation> revoked = tx.inTransaction(() -> {
            boolean own = sessions.find(sessionId)
                    .filter(s -> s.userId().equals(actor.userId()) && s.isActiveAt(clock.instant()))
                    .isPresent();
            if (!own) {
                throw new NotFoundException("Session");
            }
            return revoker.revokeSession(sessionId, "revoked_by_user");
        });
        revoker.announce(revoked);
    }
}

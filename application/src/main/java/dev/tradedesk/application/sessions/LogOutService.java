package dev.tradedesk.application.sessions;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.port.in.LogOutUseCase;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.List;

public final class LogOutService implements LogOutUseCase {

    private final SessionRevoker revoker;
    private final TransactionRunner tx;

    public LogOutService(SessionRevoker revoker, TransactionRunner tx) {
        this.revoker = revoker;
        this.tx = tx;
    }

    @Override
    public void logOut(Actor actor, boolean allSessions) {
        List<Revocation> revoked = tx.inTransaction(() -> allSessions
                ? revoker.revokeAllSessionsOf(actor.userId(), null, "logout_all")
                : revoker.revokeSession(actor.sessionId(), "logout"));
        revoker.announce(revoked);
    }
}

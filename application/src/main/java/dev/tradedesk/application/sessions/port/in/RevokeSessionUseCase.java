package dev.tradedesk.application.sessions.port.in;

import dev.tradedesk.domain.common.Actor;
import java.util.UUID;

/** Ends one of the caller's own sessions (for example a lost device). */
public interface RevokeSessionUseCase {

    /** @throws dev.tradedesk.domain.common.NotFoundException when the caller has no such active session */
    void revoke(Actor actor, UUID sessionId);
}

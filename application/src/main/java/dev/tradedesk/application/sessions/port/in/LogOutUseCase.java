package dev.tradedesk.application.sessions.port.in;

import dev.tradedesk.domain.common.Actor;

/** Ends the caller's session, or all of the caller's sessions. */
public interface LogOutUseCase {

    void logOut(Actor actor, boolean allSessions);
}

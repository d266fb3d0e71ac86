package dev.tradedesk.application.sessions.port.in;

import dev.tradedesk.domain.common.Actor;
import java.util.List;

/** The caller's active sessions. */
public interface SessionQuery {

    List<SessionView> sessionsOf(Actor actor);
}

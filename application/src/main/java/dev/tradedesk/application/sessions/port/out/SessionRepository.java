package dev.tradedesk.application.sessions.port.out;

import dev.tradedesk.domain.sessions.Session;

/** Sign-in sessions and their refresh-token hashes. */
public interface SessionRepository {

    void insert(Session session);
}

package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySessionRepository implements SessionRepository {

    private final Map<UUID, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void insert(Session session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("session " + session.id() + " exists");
        }
    }

    public Optional<Session> find(UUID id) {
        return Optional.ofNullable(sessions.get(id));
    }

    public List<Session> ofUser(UUID userId) {
        return sessions.values().stream().filter(s -> s.userId().equals(userId)).toList();
    }
}

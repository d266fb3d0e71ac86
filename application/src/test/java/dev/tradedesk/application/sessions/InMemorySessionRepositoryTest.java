package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.SessionRepository;
import java.util.UUID;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    private final InMemorySessionRepository repository = new InMemorySessionRepository();

    @Override
    protected SessionRepository repository() {
        return repository;
    }

    @Override
    protected UUID existingUser() {
        return UUID.randomUUID();
    }
}

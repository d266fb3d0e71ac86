package dev.tradedesk.application.sessions;

import dev.tradedesk.application.accounts.InMemoryAccountRepository;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.time.Instant;
import java.util.UUID;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemorySessionRepository repository = new InMemorySessionRepository(accounts, new InMemoryRoleRepository());

    @Override
    protected SessionRepository repository() {
        return repository;
    }

    @Override
    protected UUID existingUser() {
        Account account = Account.register(UUID.randomUUID(), EmailAddress.of("u-" + UUID.randomUUID() + "@example.com"),
                null, "hash", Instant.now());
        accounts.insert(account);
        return account.id();
    }
}

package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.AccountRepository;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    private final InMemoryAccountRepository repository = new InMemoryAccountRepository();

    @Override
    protected AccountRepository repository() {
        return repository;
    }
}

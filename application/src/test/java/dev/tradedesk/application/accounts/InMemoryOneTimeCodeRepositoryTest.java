package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;

class InMemoryOneTimeCodeRepositoryTest extends OneTimeCodeRepositoryContract {

    private final InMemoryOneTimeCodeRepository repository = new InMemoryOneTimeCodeRepository();

    @Override
    protected OneTimeCodeRepository repository() {
        return repository;
    }
}

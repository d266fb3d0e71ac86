package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAccountRepository implements AccountRepository {

    private final Map<UUID, Account> byId = new ConcurrentHashMap<>();
    private final Map<EmailAddress, UUID> idByEmail = new ConcurrentHashMap<>();

    @Override
    public void insert(Account account) {
        if (idByEmail.putIfAbsent(account.email(), account.id()) != null) {
            throw new DuplicateEmailException(null);
        }
        byId.put(account.id(), account);
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return Optional.ofNullable(idByEmail.get(email)).map(byId::get);
    }

    @Override
    public Optional<Account> findById(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }
}

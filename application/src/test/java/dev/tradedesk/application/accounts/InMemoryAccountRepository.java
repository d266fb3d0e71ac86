package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.AccountPage;
import dev.tradedesk.application.accounts.port.out.AccountProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.util.List;
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

    @Override
    public Optional<AccountProfile> findProfile(UUID id) {
        return findById(id).map(a -> new AccountProfile(a.id(), a.email(), a.name(), a.emailVerified(), a.createdAt()));
    }

    @Override
    public void updatePassword(UUID userId, String passwordHash) {
        byId.computeIfPresent(userId, (id, a) -> Account.restore(a.id(), a.email(), a.name(), passwordHash,
                a.emailVerified(), a.roles(), a.authzVersion(), a.createdAt()));
    }

    @Override
    public void markEmailVerified(UUID userId) {
        byId.computeIfPresent(userId, (id, a) -> Account.restore(a.id(), a.email(), a.name(), a.passwordHash(),
                true, a.roles(), a.authzVersion(), a.createdAt()));
    }

    @Override
    public void updateName(UUID userId, DisplayName name) {
        byId.computeIfPresent(userId, (id, a) -> Account.restore(a.id(), a.email(), name, a.passwordHash(),
                a.emailVerified(), a.roles(), a.authzVersion(), a.createdAt()));
    }

    @Override
    public synchronized void changeEmail(UUID userId, EmailAddress email) {
        Account current = byId.get(userId);
        if (current == null || current.email().equals(email)) {
            return;
        }
        if (idByEmail.putIfAbsent(email, userId) != null) {
            throw new DuplicateEmailException(null);
        }
        idByEmail.remove(current.email());
        byId.put(userId, Account.restore(current.id(), email, current.name(), current.passwordHash(), false,
                current.roles(), current.authzVersion(), current.createdAt()));
    }

    @Override
    public synchronized boolean delete(UUID userId) {
        Account removed = byId.remove(userId);
        if (removed == null) {
            return false;
        }
        idByEmail.remove(removed.email());
        return true;
    }

    @Override
    public AccountPage search(String query, int offset, int limit) {
        String needle = query == null ? null : query.toLowerCase(java.util.Locale.ROOT);
        List<Account> matching = byId.values().stream()
                .filter(a -> needle == null || a.email().value().contains(needle)
                        || (a.name() != null && a.name().value().toLowerCase(java.util.Locale.ROOT).contains(needle)))
                .sorted(java.util.Comparator.comparing(a -> a.email().value()))
                .toList();
        return new AccountPage(matching.stream().skip(offset).limit(limit).toList(), matching.size());
    }
}

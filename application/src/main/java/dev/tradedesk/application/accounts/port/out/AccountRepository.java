package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.util.Optional;
import java.util.UUID;

/** Accounts and their role assignments. */
public interface AccountRepository {

    /**
     * Stores a new account with its roles.
     *
     * @throws DuplicateEmailException when another account already has the email
     */
    void insert(Account account);

    Optional<Account> findByEmail(EmailAddress email);

    Optional<Account> findById(UUID id);
}

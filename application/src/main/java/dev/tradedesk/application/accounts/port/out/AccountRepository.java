package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts and their role assignments. Whoever changes an account's email, name or email verification,
 * or deletes it, announces that after the commit ({@code AccountProfileCache.changed}; the bootstrap's
 * {@code AccountChangesAreAnnouncedTest} checks it), since nodes keep copies of those fields.
 */
public interface AccountRepository {

    /**
     * Stores a new account with its roles.
     *
     * @throws DuplicateEmailException when another account already has the email
     */
    void insert(Account account);

    Optional<Account> findByEmail(EmailAddress email);

    Optional<Account> findById(UUID id);

    /** The account's own fields only (no password hash, no roles): one row, for the account's owner. */
    Optional<AccountProfile> findProfile(UUID id);

    /** Replaces the user's password hash (an account without a password gets one); nothing for an unknown id. */
    void updatePassword(UUID userId, String passwordHash);

    /** Records that the user has proved to own the email; nothing for an unknown id. */
    void markEmailVerified(UUID userId);

    /** Sets or removes the display name; nothing for an unknown id. */
    void updateName(UUID userId, DisplayName name);

    /**
     * Moves the account to a new email, which is not verified yet.
     *
     * @throws DuplicateEmailException when another account has it
     */
    void changeEmail(UUID userId, EmailAddress email);

    /** Deletes the account and, by cascade, everything that belongs to it; whether it existed. */
    boolean delete(UUID userId);

    /**
     * Accounts whose email or name contains {@code query} (case-insensitive; every account when null),
     * ordered by email, which is unique: the order is stable from page to page.
     */
    AccountPage search(String query, int offset, int limit);
}

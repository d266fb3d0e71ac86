package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.CreateSuperuserUseCase;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates or promotes a superuser for the operator. A promotion raises the user's authorization
 * version, so their tokens issued before it stop working everywhere and the next refresh carries the
 * new role.
 */
public final class CreateSuperuserService implements CreateSuperuserUseCase {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final PasswordStrength strength;
    private final SessionRevoker revoker;
    private final TransactionRunner tx;
    private final Clock clock;

    public CreateSuperuserService(AccountRepository accounts, RoleRepository roles, PasswordHasher hasher,
                                  PasswordStrength strength, SessionRevoker revoker, TransactionRunner tx, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.hasher = hasher;
        this.strength = strength;
        this.revoker = revoker;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Outcome createSuperuser(String rawEmail, String rawPassword, boolean promote) {
        EmailAddress email = EmailAddress.of(rawEmail);
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            if (!promote) {
                throw new EmailTakenException();
            }
            return promote(existing.get());
        }
        PlainPassword password = PlainPassword.of(rawPassword);
        strength.weakness(password, List.of(email.value())).ifPresent(hint -> {
            throw new WeakPasswordException("password", hint);
        });
        Account account = Account.restore(Ids.newId(clock), email, null, hasher.hash(password), false,
                Set.of(BuiltinRoles.USER, BuiltinRoles.SUPERUSER), 0, clock.instant());
        try {
            tx.inTransaction(() -> accounts.insert(account));
        } catch (DuplicateEmailException raced) {
            throw new EmailTakenException();
        }
        return Outcome.CREATED;
    }

    private Outcome promote(Account account) {
        if (account.roles().contains(BuiltinRoles.SUPERUSER)) {
            return Outcome.ALREADY_SUPERUSER;
        }
        List<Revocation> voided = tx.inTransaction(() -> {
            roles.assign(account.id(), BuiltinRoles.SUPERUSER);
            return revoker.voidTokensBelow(account.id(), roles.raiseVersion(account.id()));
        });
        revoker.announce(voided);
        return Outcome.PROMOTED;
    }
}

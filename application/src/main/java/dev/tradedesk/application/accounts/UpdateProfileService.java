package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.UpdateProfileCommand;
import dev.tradedesk.application.accounts.port.in.UpdateProfileUseCase;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Profile changes. The email and the password are credentials: changing either needs the current
 * password, checked before anything is written. A new password ends every other session (the caller's
 * stays); all changes are written in one transaction.
 */
public final class UpdateProfileService implements UpdateProfileUseCase {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final PasswordStrength strength;
    private final SessionRevoker revoker;
    private final TransactionRunner tx;
    private final AccountProfileCache profiles;

    public UpdateProfileService(AccountRepository accounts, RoleRepository roles, PasswordHasher hasher,
                                PasswordStrength strength, SessionRevoker revoker, TransactionRunner tx,
                                AccountProfileCache profiles) {
        this.accounts = accounts;
        this.roles = roles;
        this.hasher = hasher;
        this.strength = strength;
        this.revoker = revoker;
        this.tx = tx;
        this.profiles = profiles;
    }

    @Override
    public UserProfile update(Actor actor, UpdateProfileCommand command) {
        Account account = accounts.findById(actor.userId()).orElseThrow(() -> new NotFoundException("User"));
        boolean emailChanges = command.email() != null && !command.email().equals(account.email());
        if (emailChanges || command.password() != null) {
            checkCurrentPassword(account, command);
        }
        String newHash = command.password() == null ? null : newPasswordHash(account, command);

        List<Revocation> revoked;
        try {
            revoked = tx.inTransaction(() -> {
                if (command.nameGiven()) {
                    accounts.updateName(account.id(), command.name());
                }
                if (emailChanges) {
                    accounts.changeEmail(account.id(), command.email());
                }
                if (newHash == null) {
                    return List.<Revocation>of();
                }
                accounts.updatePassword(account.id(), newHash);
                return revoker.revokeAllSessionsOf(account.id(), actor.sessionId(), "password_changed");
            });
        } catch (DuplicateEmailException e) {
            throw new EmailTakenException();
        }
        if (command.nameGiven() || emailChanges) {
            profiles.changed(account.id());
        }
        revoker.announce(revoked);
        Account updated = accounts.findById(account.id()).orElseThrow(() -> new NotFoundException("User"));
        return UserProfile.of(updated, roles.permissionsOf(updated.roles()));
    }

    private void checkCurrentPassword(Account account, UpdateProfileCommand command) {
        if (command.currentPassword() == null) {
            throw ValidationException.of("current_password", "is required to change the email or the password");
        }
        if (account.password().isEmpty()) {
            throw ValidationException.of("current_password",
                    "the account has no password yet: set one through the password reset");
        }
        if (!hasher.matches(command.currentPassword(), account.passwordHash())) {
            throw ValidationException.of("current_password", "is incorrect");
        }
    }

    private String newPasswordHash(Account account, UpdateProfileCommand command) {
        List<String> userInputs = new ArrayList<>(List.of(account.email().value()));
        if (command.email() != null) {
            userInputs.add(command.email().value());
        }
        if (account.name() != null) {
            userInputs.add(account.name().value());
        }
        strength.weakness(command.password(), userInputs).ifPresent(hint -> {
            throw new WeakPasswordException("password", hint);
        });
        return hasher.hash(command.password());
    }
}

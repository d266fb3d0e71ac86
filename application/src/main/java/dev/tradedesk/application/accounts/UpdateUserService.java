package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.UpdateUserCommand;
import dev.tradedesk.application.accounts.port.in.UpdateUserUseCase;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.common.ValidationException;
import java.util.UUID;

/**
 * Administrative profile changes. A user changing their own email here without {@code users:write}
 * is sent to {@code PATCH /users/me}, where the current password is checked; an administrator's change
 * of an email leaves it unverified.
 */
public final class UpdateUserService implements UpdateUserUseCase {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final TransactionRunner tx;
    private final AccountProfileCache profiles;

    public UpdateUserService(AccountRepository accounts, RoleRepository roles, TransactionRunner tx,
                             AccountProfileCache profiles) {
        this.accounts = accounts;
        this.roles = roles;
        this.tx = tx;
        this.profiles = profiles;
    }

    @Override
    public UserProfile update(Actor actor, UUID userId, UpdateUserCommand command) {
        UserAccess.require(actor, userId, UserAccess.WRITE);
        Account account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
        boolean emailChanges = command.email() != null && !command.email().equals(account.email());
        if (emailChanges && !actor.can(UserAccess.WRITE)) {
            throw ValidationException.of("email",
                    "change your own email through PATCH /api/v1/users/me, with current_password");
        }
        try {
            tx.inTransaction(() -> {
                if (command.nameGiven()) {
                    accounts.updateName(userId, command.name());
                }
                if (emailChanges) {
                    accounts.changeEmail(userId, command.email());
                }
            });
        } catch (DuplicateEmailException e) {
            throw new EmailTakenException();
        }
        if (command.nameGiven() || emailChanges) {
            profiles.changed(userId);
        }
        Account updated = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User"));
        return UserProfile.of(updated, roles.permissionsOf(updated.roles()));
    }
}

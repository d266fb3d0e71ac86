package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.RegisterAccountUseCase;
import dev.tradedesk.application.accounts.port.in.Registration;
import dev.tradedesk.application.accounts.port.in.UserProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import dev.tradedesk.domain.common.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sign-up with a password. Each attempt counts against the client address's sign-up quota
 * ({@link AttemptThrottle}) before any work is done, successful or not, so that the endpoint can be
 * used neither to create accounts in bulk nor to probe which emails are taken.
 */
public final class RegisterAccountService implements RegisterAccountUseCase {

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final PasswordStrength strength;
    private final SessionOpener sessionOpener;
    private final TransactionRunner tx;
    private final Clock clock;
    private final AttemptThrottle throttle;

    public RegisterAccountService(AccountRepository accounts, SessionRepository sessions, RoleRepository roles,
                                  PasswordHasher hasher, PasswordStrength strength, SessionOpener sessionOpener,
                                  TransactionRunner tx, Clock clock, AttemptThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.roles = roles;
        this.hasher = hasher;
        this.strength = strength;
        this.sessionOpener = sessionOpener;
        this.tx = tx;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    public Registration register(RegisterAccountCommand command) {
        throttle.countRegistration(command.client());
        List<String> userInputs = new ArrayList<>(List.of(command.email().value()));
        if (command.name() != null) {
            userInputs.add(command.name().value());
        }
        strength.weakness(command.password(), userInputs).ifPresent(hint -> {
            throw new WeakPasswordException("password", hint);
        });

        String hash = hasher.hash(command.password());
        Account account = Account.register(Ids.newId(clock), command.email(), command.name(), hash, clock.instant());
        SessionOpener.NewSession opened = sessionOpener.prepare(account.id(), command.client());
        Set<String> permissions;
        try {
            permissions = tx.inTransaction(() -> {
                accounts.insert(account);
                sessions.insert(opened.session(), opened.refreshToken().hash());
                return roles.permissionsOf(account.roles());
            });
        } catch (DuplicateEmailException e) {
            throw new EmailTakenException();
        }
        return new Registration(UserProfile.of(account, permissions),
                sessionOpener.tokensFor(account.tokenSubject(permissions), opened));
    }
}

package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.accounts.port.in.LogInWithPasswordCommand;
import dev.tradedesk.application.accounts.port.in.LogInWithPasswordUseCase;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.InvalidCredentialsException;
import dev.tradedesk.domain.accounts.LoginEvent;
import dev.tradedesk.domain.accounts.LoginMethod;
import dev.tradedesk.domain.common.Ids;
import java.time.Clock;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Password sign-in. An unknown email costs one password hash just like a wrong password (against a
 * hash made at start-up), so the answer's timing does not tell whether an account exists.
 *
 * <p>Every attempt is counted by the {@link AttemptThrottle} (per account, per client address) before
 * any password is checked, so a throttled attempt costs no hash and racing attempts cannot get past
 * the limit; a correct password clears the account's counter.
 */
public final class LogInWithPasswordService implements LogInWithPasswordUseCase {

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final SessionOpener sessionOpener;
    private final TransactionRunner tx;
    private final AttemptThrottle throttle;
    private final LoginHistory history;
    private final Clock clock;
    private final String dummyHash;

    public LogInWithPasswordService(AccountRepository accounts, SessionRepository sessions, RoleRepository roles,
                                    PasswordHasher hasher, SessionOpener sessionOpener, TransactionRunner tx,
                                    AttemptThrottle throttle, LoginHistory history, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.roles = roles;
        this.hasher = hasher;
        this.sessionOpener = sessionOpener;
        this.tx = tx;
        this.throttle = throttle;
        this.history = history;
        this.clock = clock;
        this.dummyHash = hasher.hash(PlainPassword.of(UUID.randomUUID().toString()));
    }

    @Override
    public IssuedTokens logIn(LogInWithPasswordCommand command) {
        AttemptThrottle.LoginAttempt attempt = throttle.beginLogin(command.email(), command.client());
        Optional<Account> account;
        boolean matches;
        try {
            account = command.emailAddress().flatMap(accounts::findByEmail);
            String hash = account.flatMap(Account::password).orElse(dummyHash);
            matches = hasher.matches(command.password(), hash);
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!matches || account.isEmpty() || account.get().password().isEmpty()) {
            account.ifPresent(known -> tx.inTransaction(() -> history.record(event(known, command, false))));
            throw new InvalidCredentialsException();
        }
        attempt.succeeded();
        Account user = account.get();
        SessionOpener.NewSession opened = sessionOpener.prepare(user.id(), command.client());
        Set<String> permissions = tx.inTransaction(() -> {
            history.record(event(user, command, true));
            sessions.insert(opened.session(), opened.refreshToken().hash());
            return roles.permissionsOf(user.roles());
        });
        return sessionOpener.tokensFor(user.tokenSubject(permissions), opened);
    }

    private LoginEvent event(Account account, LogInWithPasswordCommand command, boolean success) {
        return new LoginEvent(Ids.newId(clock), account.id(), clock.instant(), command.client(), LoginMethod.PASSWORD,
                success);
    }
}

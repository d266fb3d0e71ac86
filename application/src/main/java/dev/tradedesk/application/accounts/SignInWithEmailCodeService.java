package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeUseCase;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.InvalidCodeException;
import dev.tradedesk.domain.accounts.LoginEvent;
import dev.tradedesk.domain.accounts.LoginMethod;
import dev.tradedesk.domain.accounts.OneTimeCode;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.common.Timestamps;
import java.time.Clock;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in with a mailed code. The attempt is counted (and committed) before the code is compared; a
 * matching code is then used up in the same transaction that opens the session and, on an address's
 * first sign-in, creates its account: no password, the default role, the email verified (the code
 * proves the mailbox). Should a registration of the same address commit in between, the transaction
 * rolls back whole (the code is not used up) and runs once more against the account that now exists.
 *
 * <p>An account whose email was never verified but has a password (registered by someone, before the
 * mailbox's owner proved it) loses that password and every session on this first proof: otherwise
 * whoever registered the address first could keep a way into the owner's account (pre-account
 * takeover). The owner can set a password through the password reset.
 */
public final class SignInWithEmailCodeService implements SignInWithEmailCodeUseCase {

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final RoleRepository roles;
    private final SessionOpener sessionOpener;
    private final SessionRevoker revoker;
    private final LoginHistory history;
    private final OneTimeCodes codes;
    private final TransactionRunner tx;
    private final Clock clock;
    private final AccountProfileCache profiles;

    public SignInWithEmailCodeService(AccountRepository accounts, OneTimeCodeRepository codes,
                                      SessionRepository sessions, RoleRepository roles, SessionOpener sessionOpener,
                                      SessionRevoker revoker, LoginHistory history, TransactionRunner tx,
                                      Clock clock, AccountProfileCache profiles) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.roles = roles;
        this.sessionOpener = sessionOpener;
        this.revoker = revoker;
        this.history = history;
        this.codes = new OneTimeCodes(codes, tx, clock);
        this.tx = tx;
        this.clock = clock;
        this.profiles = profiles;
    }

    @Override
    public IssuedTokens signIn(SignInWithEmailCodeCommand command) {
        EmailAddress email = command.emailAddress().orElseThrow(InvalidCodeException::new);
        OneTimeCode code = codes.check(email, CodePurpose.SIGN_IN, command.code());
        try {
            return openSession(email, code, command);
        } catch (DuplicateEmailException e) {
            return openSession(email, code, command);
        }
    }

    private IssuedTokens openSession(EmailAddress email, OneTimeCode code, SignInWithEmailCodeCommand command) {
        Optional<Account> existing = accounts.findByEmail(email);
        Account account = existing.orElseGet(() -> Account.restore(Ids.newId(clock), email, null, null, true,
                Set.of(Account.DEFAULT_ROLE), 0, Timestamps.stored(clock.instant())));
        SessionOpener.NewSession opened = sessionOpener.prepare(account.id(), command.client());
        SignedIn signedIn = tx.inTransaction(() -> {
            codes.consume(code);
            List<Revocation> revoked = List.of();
            if (existing.isEmpty()) {
                accounts.insert(account);
            } else if (!account.emailVerified()) {
                accounts.markEmailVerified(account.id());
                if (account.passwordHash() != null) {
                    accounts.updatePassword(account.id(), null);
                    revoked = revoker.revokeAllSessionsOf(account.id(), null, "unverified_password_dropped");
                }
            }
            sessions.insert(opened.session(), opened.refreshToken().hash());
            history.record(new LoginEvent(Ids.newId(clock), account.id(), clock.instant(), command.client(),
                    LoginMethod.EMAIL_CODE, true));
            return new SignedIn(roles.permissionsOf(account.roles()), revoked);
        });
        if (existing.isPresent() && !account.emailVerified()) {
            profiles.changed(account.id());
        }
        revoker.announce(signedIn.revoked());
        return sessionOpener.tokensFor(account.tokenSubject(signedIn.permissions()), opened);
    }

    private record SignedIn(Set<String> permissions, List<Revocation> revoked) {
    }
}

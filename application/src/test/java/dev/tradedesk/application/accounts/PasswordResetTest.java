package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.in.LogInWithPasswordCommand;
import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetCommand;
import dev.tradedesk.application.accounts.port.in.ResetPasswordCommand;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeCommand;
import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.common.RequestLimits;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.FakeTokenIssuer;
import dev.tradedesk.application.sessions.InMemoryRevocationBus;
import dev.tradedesk.application.sessions.InMemoryRevocationLog;
import dev.tradedesk.application.sessions.InMemorySessionRepository;
import dev.tradedesk.application.sessions.RefreshSessionService;
import dev.tradedesk.application.sessions.RevocationView;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.SessionQueryService;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.InvalidCodeException;
import dev.tradedesk.domain.accounts.InvalidCredentialsException;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import dev.tradedesk.domain.common.FieldError;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.InvalidRefreshTokenException;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Forgot and reset password with mailed codes, with in-memory adapters and a mailer that records. */
class PasswordResetTest {

    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.9", "reset-test");
    private static final String ADA = "ada@example.com";
    private static final String OLD_PASSWORD = "plum-orbit-cascade-77";
    private static final String NEW_PASSWORD = "granite-willow-harbor-31";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryLoginHistory loginHistory = new InMemoryLoginHistory();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final AccountProfileCache profiles = InMemoryAccountChangeBus.cacheOn(new InMemoryAccountChangeBus(), accounts);
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final InMemoryOneTimeCodeRepository codes = new InMemoryOneTimeCodeRepository();
    private final InMemoryRevocationLog revocationLog = new InMemoryRevocationLog();
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final RecordingMailer mailer = new RecordingMailer();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FakeTokenIssuer tokens = new FakeTokenIssuer(clock);
    private final SessionOpener opener = new SessionOpener(tokens, SessionPolicy.DEFAULT, clock);
    private final RevocationView view = new RevocationView();
    private final SessionRevoker revoker = new SessionRevoker(sessions, revocationLog, new InMemoryRevocationBus(),
            view, SessionPolicy.DEFAULT, clock);
    private final SessionQueryService sessionQuery = new SessionQueryService(tokens, view, sessions, clock);
    private final RefreshSessionService refresh = new RefreshSessionService(sessions, revoker, opener, tx, clock);

    private final AttemptThrottle throttle = new AttemptThrottle(new LocalRateLimiter(clock), RequestLimits.DEFAULT);
    private final RegisterAccountService register = new RegisterAccountService(accounts, sessions, roles, hasher,
            new FakePasswordStrength(), opener, tx, clock, throttle);
    private final LogInWithPasswordService login = new LogInWithPasswordService(accounts, sessions, roles, hasher,
            opener, tx, throttle, loginHistory, clock);
    private final RequestPasswordResetService forgot = new RequestPasswordResetService(accounts, codes, mailer, tx,
            clock, throttle);
    private final ResetPasswordService reset = new ResetPasswordService(accounts, codes, hasher,
            new FakePasswordStrength(), revoker, tx, clock, profiles);
    private final RequestEmailCodeService requestSignInCode = new RequestEmailCodeService(codes, mailer, tx, clock,
            throttle);
    private final SignInWithEmailCodeService signInWithCode = new SignInWithEmailCodeService(accounts, codes,
            sessions, roles, opener, revoker, loginHistory, tx, clock, profiles);

    private UUID registerAda() {
        return register.register(RegisterAccountCommand.of(ADA, OLD_PASSWORD, "Ada", CLIENT)).user().id();
    }

    private IssuedTokens logIn(String password) {
        return login.logIn(LogInWithPasswordCommand.of(ADA, password, CLIENT));
    }

    private String forgotFor(String email) {
        forgot.requestReset(RequestPasswordResetCommand.of(email, CLIENT));
        return mailer.lastCodeTo(EmailAddress.of(email).value());
    }

    private boolean accepted(IssuedTokens issued) {
        try {
            sessionQuery.authenticate(issued.accessToken());
            return true;
        } catch (InvalidAccessTokenException e) {
            return false;
        }
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void reset_sets_the_new_password_revokes_every_session_and_does_not_sign_in() {
        UUID userId = registerAda();
        IssuedTokens first = logIn(OLD_PASSWORD);
        IssuedTokens second = logIn(OLD_PASSWORD);
        String code = forgotFor(" ADA@example.com ");

        MailMessage mail = mailer.sentTo(ADA).get(0);
        assertThat(mail.subject()).isEqualTo("Reset your TradeDesk password");
        assertThat(mail.text()).contains(code);

        reset.reset(ResetPasswordCommand.of("Ada@Example.com", code, NEW_PASSWORD));

        assertThat(accepted(first)).isFalse();
        assertThat(accepted(second)).isFalse();
        assertThatThrownBy(() -> refresh.refresh(first.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(sessions.activeOf(userId, clock.instant())).as("no session left, none opened").isEmpty();
        assertThat(revocationLog.active(clock.instant())).extracting(Revocation::sessionId)
                .contains(first.sessionId(), second.sessionId());

        assertThat(accepted(logIn(NEW_PASSWORD))).isTrue();
        assertThatThrownBy(() -> logIn(OLD_PASSWORD)).isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.findById(userId).orElseThrow().emailVerified()).as("the code proves the mailbox").isTrue();
    }

    @Test
    void an_unknown_email_gets_no_mail_and_no_code() {
        registerAda();

        forgot.requestReset(RequestPasswordResetCommand.of("nobody@example.com", CLIENT));

        assertThat(mailer.sent()).isEmpty();
        assertThat(codes.size()).isZero();
    }

    @Test
    void a_reset_code_works_once() {
        registerAda();
        String code = forgotFor(ADA);
        reset.reset(ResetPasswordCommand.of(ADA, code, NEW_PASSWORD));

        assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of(ADA, code, "another-good-passphrase-8")))
                .isInstanceOf(InvalidCodeException.class);
        assertThat(accepted(logIn(NEW_PASSWORD))).isTrue();
    }

    @Test
    void a_reset_code_expires_after_ten_minutes() {
        registerAda();
        String code = forgotFor(ADA);
        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of(ADA, code, NEW_PASSWORD)))
                .isInstanceOf(InvalidCodeException.class);
        assertThat(accepted(logIn(OLD_PASSWORD))).isTrue();
    }

    @Test
    void five_wrong_tries_kill_the_reset_code() {
        registerAda();
        String code = forgotFor(ADA);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of(ADA, wrong(code), NEW_PASSWORD)))
                    .isInstanceOf(InvalidCodeException.class);
        }

        assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of(ADA, code, NEW_PASSWORD)))
                .isInstanceOf(InvalidCodeException.class);
        assertThat(accepted(logIn(OLD_PASSWORD))).isTrue();
    }

    @Test
    void a_reset_code_cannot_sign_in() {
        registerAda();
        String code = forgotFor(ADA);

        assertThatThrownBy(() -> signInWithCode.signIn(SignInWithEmailCodeCommand.of(ADA, code, CLIENT)))
                .isInstanceOf(InvalidCodeException.class);
        reset.reset(ResetPasswordCommand.of(ADA, code, NEW_PASSWORD));
        assertThat(accepted(logIn(NEW_PASSWORD))).isTrue();
    }

    @Test
    void a_new_reset_code_replaces_the_older_one_but_not_the_sign_in_code() {
        registerAda();
        requestSignInCode.requestCode(RequestEmailCodeCommand.of(ADA, CLIENT));
        String signInCode = mailer.lastCodeTo(ADA);
        String older = forgotFor(ADA);
        String newer = forgotFor(ADA);
        assertThat(older).as("two random codes are equal once in a million").isNotEqualTo(newer);

        assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of(ADA, older, NEW_PASSWORD)))
                .isInstanceOf(InvalidCodeException.class);
        reset.reset(ResetPasswordCommand.of(ADA, newer, NEW_PASSWORD));

        assertThat(accepted(signInWithCode.signIn(SignInWithEmailCodeCommand.of(ADA, signInCode, CLIENT)))).isTrue();
    }

    @Test
    void a_weak_or_invalid_new_password_is_refused_without_costing_a_try() {
        registerAda();
        String code = forgotFor(ADA);

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of(ADA, code, "password1")))
                    .isInstanceOfSatisfying(WeakPasswordException.class, e -> {
                        assertThat(e.code()).isEqualTo("weak_password");
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("new_password");
                    });
        }
        register.register(RegisterAccountCommand.of("lovelace@example.com", OLD_PASSWORD, null, CLIENT));
        String lovelacesCode = forgotFor("lovelace@example.com");
        assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of("lovelace@example.com", lovelacesCode,
                "lovelace-2026-lovelace"))).as("built from the email").isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> ResetPasswordCommand.of(ADA, code, "short"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("new_password"));
        assertThatThrownBy(() -> ResetPasswordCommand.of(null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email", "code", "new_password"));

        reset.reset(ResetPasswordCommand.of(ADA, code, NEW_PASSWORD));
        assertThat(accepted(logIn(NEW_PASSWORD))).isTrue();
    }

    @Test
    void a_passwordless_account_gets_its_first_password() {
        requestSignInCode.requestCode(RequestEmailCodeCommand.of(ADA, CLIENT));
        IssuedTokens viaCode = signInWithCode.signIn(SignInWithEmailCodeCommand.of(ADA, mailer.lastCodeTo(ADA), CLIENT));
        assertThatThrownBy(() -> logIn(NEW_PASSWORD)).isInstanceOf(InvalidCredentialsException.class);

        reset.reset(ResetPasswordCommand.of(ADA, forgotFor(ADA), NEW_PASSWORD));

        Account account = accounts.findByEmail(EmailAddress.of(ADA)).orElseThrow();
        assertThat(account.password()).isPresent();
        assertThat(accepted(viaCode)).isFalse();
        assertThat(accepted(logIn(NEW_PASSWORD))).isTrue();
    }
}

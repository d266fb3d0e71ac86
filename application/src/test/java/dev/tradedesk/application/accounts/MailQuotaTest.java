package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.in.LogInWithPasswordCommand;
import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetCommand;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.common.RequestLimits;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.FakeTokenIssuer;
import dev.tradedesk.application.sessions.InMemorySessionRepository;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.domain.accounts.InvalidCredentialsException;
import dev.tradedesk.domain.common.TooManyAttemptsException;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Code mails on request are limited per address and per client, apart from the sign-in counters. */
class MailQuotaTest {

    private static final String ADA = "ada@example.com";
    private static final String PASSWORD = "plum-orbit-cascade-77";
    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.7", "quota-test");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryLoginHistory loginHistory = new InMemoryLoginHistory();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final InMemoryOneTimeCodeRepository codes = new InMemoryOneTimeCodeRepository();
    private final RecordingMailer mailer = new RecordingMailer();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final SessionOpener opener = new SessionOpener(new FakeTokenIssuer(clock), SessionPolicy.DEFAULT, clock);
    private final AttemptThrottle throttle = new AttemptThrottle(new LocalRateLimiter(clock), RequestLimits.DEFAULT);

    private final RegisterAccountService register = new RegisterAccountService(accounts, sessions, roles, hasher,
            new FakePasswordStrength(), opener, tx, clock, throttle);
    private final LogInWithPasswordService login = new LogInWithPasswordService(accounts, sessions, roles, hasher,
            opener, tx, throttle, loginHistory, clock);
    private final RequestPasswordResetService forgot = new RequestPasswordResetService(accounts, codes, mailer, tx,
            clock, throttle);
    private final RequestEmailCodeService emailCode = new RequestEmailCodeService(codes, mailer, tx, clock, throttle);

    @Test
    void an_address_gets_five_code_mails_per_quarter_hour_whichever_kind() {
        register.register(RegisterAccountCommand.of(ADA, PASSWORD, null, CLIENT));
        for (int i = 0; i < 3; i++) {
            forgot.requestReset(RequestPasswordResetCommand.of(ADA, CLIENT));
        }
        emailCode.requestCode(RequestEmailCodeCommand.of(ADA, CLIENT));
        emailCode.requestCode(RequestEmailCodeCommand.of(ADA, CLIENT));

        assertThatThrownBy(() -> forgot.requestReset(RequestPasswordResetCommand.of(ADA, CLIENT)))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> emailCode.requestCode(RequestEmailCodeCommand.of(ADA, CLIENT)))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(mailer.sentTo(ADA)).hasSize(5);

        clock.advance(Duration.ofMinutes(15));
        forgot.requestReset(RequestPasswordResetCommand.of(ADA, CLIENT));
        assertThat(mailer.sentTo(ADA)).hasSize(6);
    }

    @Test
    void an_unknown_address_is_limited_the_same_so_the_answer_tells_nothing() {
        String nobody = "nobody@example.com";
        for (int i = 0; i < 5; i++) {
            forgot.requestReset(RequestPasswordResetCommand.of(nobody, CLIENT));
        }

        assertThatThrownBy(() -> forgot.requestReset(RequestPasswordResetCommand.of(nobody, CLIENT)))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(mailer.sentTo(nobody)).isEmpty();
    }

    @Test
    void a_client_gets_twenty_code_mails_per_quarter_hour_whatever_the_addresses() {
        for (int i = 0; i < 20; i++) {
            emailCode.requestCode(RequestEmailCodeCommand.of("someone-" + i + "@example.com", CLIENT));
        }

        assertThatThrownBy(() -> emailCode.requestCode(RequestEmailCodeCommand.of("one-more@example.com", CLIENT)))
                .isInstanceOf(TooManyAttemptsException.class);
        emailCode.requestCode(RequestEmailCodeCommand.of("one-more@example.com", new ClientInfo("203.0.113.5", null)));
    }

    @Test
    void a_throttled_sign_in_does_not_stop_a_password_reset_mail() {
        register.register(RegisterAccountCommand.of(ADA, PASSWORD, null, CLIENT));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn("not-the-password")).isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn(PASSWORD)).isInstanceOf(TooManyAttemptsException.class);

        forgot.requestReset(RequestPasswordResetCommand.of(ADA, CLIENT));

        assertThat(mailer.sentTo(ADA)).hasSize(1);
    }

    private void logIn(String password) {
        login.logIn(LogInWithPasswordCommand.of(ADA, password, CLIENT));
    }
}

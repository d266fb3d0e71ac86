package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradedesk.application.accounts.port.in.LogInWithPasswordCommand;
import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.common.RequestLimits;
import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.FakeTokenIssuer;
import dev.tradedesk.application.sessions.InMemorySessionRepository;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.InvalidCredentialsException;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.common.OverloadedException;
import dev.tradedesk.domain.common.TooManyAttemptsException;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Brute-force protection of password sign-in and sign-up, with this node's counters. */
class LoginThrottlingTest {

    private static final String PASSWORD = "plum-orbit-cascade-77";
    private static final String ADA = "ada@example.com";
    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.4", "test-agent");

    private static final RequestLimits LIMITS = new RequestLimits(
            ThrottlePolicy.backoff(3, Duration.ofMinutes(1), Duration.ofMinutes(16), Duration.ofMinutes(15)),
            ThrottlePolicy.backoff(6, Duration.ofMinutes(1), Duration.ofMinutes(16), Duration.ofMinutes(15)),
            ThrottlePolicy.quota(2, Duration.ofHours(1)),
            RequestLimits.DEFAULT.mailsPerEmail(), RequestLimits.DEFAULT.mailsPerIp());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryLoginHistory loginHistory = new InMemoryLoginHistory();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final FakePasswordHasher fakeHasher = new FakePasswordHasher();
    private final SwitchableHasher hasher = new SwitchableHasher(fakeHasher);
    private final SessionOpener opener = new SessionOpener(new FakeTokenIssuer(clock), SessionPolicy.DEFAULT, clock);
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final AttemptThrottle throttle = new AttemptThrottle(new LocalRateLimiter(clock), LIMITS);

    private final RegisterAccountService register = new RegisterAccountService(accounts, sessions, roles, hasher,
            new FakePasswordStrength(), opener, tx, clock, throttle);
    private final LogInWithPasswordService login = new LogInWithPasswordService(accounts, sessions, roles, hasher,
            opener, tx, throttle, loginHistory, clock);

    @Test
    void a_throttled_account_is_refused_before_any_password_is_checked_even_the_right_one() {
        registerAda();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(InvalidCredentialsException.class);
        }
        int checked = fakeHasher.verifications();

        TooManyAttemptsException refused = catchThrowableOfType(TooManyAttemptsException.class,
                () -> logIn(ADA, PASSWORD));

        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(fakeHasher.verifications()).as("no hash spent on a refused attempt").isEqualTo(checked);

        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn(ADA, PASSWORD).sessionId()).isNotNull();
    }

    @Test
    void the_wait_grows_with_each_further_failure() {
        registerAda();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(InvalidCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(InvalidCredentialsException.class);

        assertThat(catchThrowableOfType(TooManyAttemptsException.class, () -> logIn(ADA, PASSWORD)).retryAfter())
                .isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_successful_sign_in_clears_the_accounts_failures() {
        registerAda();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(InvalidCredentialsException.class);
        }
        logIn(ADA, PASSWORD);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).as("failure %d after the success", i + 1)
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void an_unknown_email_is_throttled_exactly_like_an_account() {
        String nobody = "nobody@example.com";
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn(nobody, PASSWORD)).isInstanceOf(InvalidCredentialsException.class);
        }
        assertThat(fakeHasher.verifications()).as("each unknown email cost a hash").isEqualTo(3);

        assertThatThrownBy(() -> logIn(nobody, PASSWORD)).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void an_address_failing_across_accounts_is_throttled_even_for_a_right_password() {
        registerAda();
        for (int i = 0; i < 6; i++) {
            String email = "someone-" + i + "@example.com";
            assertThatThrownBy(() -> logIn(email, PASSWORD)).isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> logIn(ADA, PASSWORD)).isInstanceOf(TooManyAttemptsException.class);
        assertThat(login.logIn(LogInWithPasswordCommand.of(ADA, PASSWORD, new ClientInfo("203.0.113.9", null))))
                .as("from another address").isNotNull();
    }

    @Test
    void racing_wrong_passwords_get_no_more_checks_than_the_free_attempts() throws Exception {
        registerAda();
        int racers = 40;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < racers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        logIn(ADA, "wrong-password-1");
                        return null;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                }));
            }
            start.countDown();
            List<Class<?>> results = new ArrayList<>();
            for (Future<Class<?>> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).filteredOn(InvalidCredentialsException.class::equals).hasSize(3);
            assertThat(results).filteredOn(TooManyAttemptsException.class::equals).hasSize(37);
            assertThat(fakeHasher.verifications()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_attempt_that_found_no_hashing_capacity_does_not_count() {
        registerAda();
        hasher.overloaded.set(true);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(OverloadedException.class);
        }
        hasher.overloaded.set(false);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn(ADA, "wrong-password-1")).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void sign_ups_from_one_address_have_a_quota_and_a_refused_one_stores_nothing() {
        registerAda();
        register.register(RegisterAccountCommand.of("bob@example.com", PASSWORD, null, CLIENT));

        assertThatThrownBy(() -> register.register(RegisterAccountCommand.of("carol@example.com", PASSWORD, null, CLIENT)))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(accounts.findByEmail(EmailAddress.of("carol@example.com"))).isEmpty();
        register.register(RegisterAccountCommand.of("carol@example.com", PASSWORD, null,
                new ClientInfo("203.0.113.9", null)));
    }

    private void registerAda() {
        register.register(RegisterAccountCommand.of(ADA, PASSWORD, "Ada", CLIENT));
    }

    private IssuedTokens logIn(String email, String password) {
        return login.logIn(LogInWithPasswordCommand.of(email, password, CLIENT));
    }

    /** The fake hasher, or no capacity at all while {@link #overloaded}. */
    private static final class SwitchableHasher implements PasswordHasher {

        final PasswordHasher delegate;
        final AtomicBoolean overloaded = new AtomicBoolean();

        SwitchableHasher(PasswordHasher delegate) {
            this.delegate = delegate;
        }

        @Override
        public String hash(PlainPassword password) {
            check();
            return delegate.hash(password);
        }

        @Override
        public boolean matches(PlainPassword password, String encodedHash) {
            check();
            return delegate.matches(password, encodedHash);
        }

        private void check() {
            if (overloaded.get()) {
                throw new OverloadedException(Duration.ofSeconds(1));
            }
        }
    }
}

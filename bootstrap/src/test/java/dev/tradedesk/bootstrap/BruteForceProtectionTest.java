package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.accounts.BoundedPasswordHasher;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.bootstrap.HttpApi.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Login throttling over real HTTP with the counters in the test run's real Redis: 5 failures per account
 * are free (production value), then the account waits (a minute at first, in tests: see
 * {@code application.properties}).
 */
class BruteForceProtectionTest extends ApplicationTestBase {

    private static final String PASSWORD = "saffron-glacier-harbor-36";
    private static final int FREE_FAILURES = 5;

    @Autowired
    private PasswordHasher hasher;

    @Test
    void parallel_wrong_passwords_get_no_more_checks_than_the_free_attempts() throws Exception {
        String email = uniqueEmail();
        assertThat(api().register(email, PASSWORD).status()).isEqualTo(201);
        int racers = 40;

        List<Response> responses = inParallel(racers, () -> logIn(email, "not-the-password-" + racers));

        assertThat(responses).filteredOn(r -> r.status() == 401).as("attempts that reached the hasher")
                .hasSize(FREE_FAILURES)
                .allSatisfy(r -> assertProblem(r, 401, "invalid_credentials"));
        assertThat(responses).filteredOn(r -> r.status() == 429).hasSize(racers - FREE_FAILURES)
                .allSatisfy(BruteForceProtectionTest::assertThrottled);
        assertThrottled(logIn(email, PASSWORD));
    }

    @Test
    void a_successful_login_resets_the_accounts_failures() {
        String email = uniqueEmail();
        api().register(email, PASSWORD);
        for (int i = 0; i < FREE_FAILURES - 1; i++) {
            assertProblem(logIn(email, "not-the-password-1"), 401, "invalid_credentials");
        }

        assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < FREE_FAILURES; i++) {
            assertProblem(logIn(email, "not-the-password-1"), 401, "invalid_credentials");
        }
        assertThrottled(logIn(email, "not-the-password-1"));
    }

    @Test
    void an_unknown_email_is_throttled_exactly_like_an_account() {
        String known = uniqueEmail();
        String unknown = uniqueEmail();
        api().register(known, PASSWORD);
        for (int i = 0; i < FREE_FAILURES; i++) {
            assertProblem(logIn(known, "not-the-password-1"), 401, "invalid_credentials");
            assertProblem(logIn(unknown, "not-the-password-1"), 401, "invalid_credentials");
        }

        Response knownThrottled = logIn(known, "not-the-password-1");
        Response unknownThrottled = logIn(unknown, "not-the-password-1");

        assertThrottled(knownThrottled);
        assertThrottled(unknownThrottled);
        assertThat(unknownThrottled.body()).isEqualTo(knownThrottled.body());
    }

    @Test
    void mail_requests_still_work_while_the_login_is_throttled() {
        String email = uniqueEmail();
        api().register(email, PASSWORD);
        for (int i = 0; i < FREE_FAILURES; i++) {
            logIn(email, "not-the-password-1");
        }
        assertThrottled(logIn(email, PASSWORD));

        assertThat(api().post("/api/v1/auth/password/forgot", HttpApi.json(Map.of("email", email))).status())
                .isEqualTo(202);
        assertThat(api().post("/api/v1/auth/email-code", HttpApi.json(Map.of("email", email))).status())
                .isEqualTo(202);
    }

    @Test
    void every_use_case_hashes_through_the_bounded_hasher_with_a_permit_per_core() {
        assertThat(hasher).isInstanceOf(BoundedPasswordHasher.class);
        assertThat(((BoundedPasswordHasher) hasher).availablePermits())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    private Response logIn(String email, String password) {
        return api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", password)));
    }

    private static void assertThrottled(Response response) {
        assertProblem(response, 429, "too_many_attempts");
        assertThat(response.header("Retry-After")).as("whole seconds").matches("[1-9][0-9]*");
        // the first wait is 60 s here, but a racer that read the clock a moment before the attempt that set
        // the wait is told that moment more: bounded by the longest wait (15 min) and a generous moment
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, Duration.ofMinutes(16).toSeconds());
    }

    private static List<Response> inParallel(int count, Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}

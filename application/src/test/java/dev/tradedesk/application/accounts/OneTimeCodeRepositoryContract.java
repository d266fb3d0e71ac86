package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.OneTimeCode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What every {@link OneTimeCodeRepository} must do; each implementation's test extends this. */
public abstract class OneTimeCodeRepositoryContract {

    protected abstract OneTimeCodeRepository repository();

    /** Runs one step as the application calls it (in a transaction of its own where the adapter needs one). */
    protected <T> T write(Supplier<T> work) {
        return work.get();
    }

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static EmailAddress uniqueEmail() {
        return EmailAddress.of("code-" + UUID.randomUUID() + "@example.com");
    }

    private OneTimeCode.Issued store(EmailAddress email, CodePurpose purpose, Instant at) {
        OneTimeCode.Issued issued = OneTimeCode.issue(UUID.randomUUID(), email, purpose, at);
        write(() -> {
            repository().replace(issued.code());
            return null;
        });
        return issued;
    }

    private Optional<OneTimeCode> count(EmailAddress email, CodePurpose purpose, Instant at) {
        return write(() -> repository().countAttempt(email, purpose, at));
    }

    private boolean consume(OneTimeCode code) {
        return write(() -> repository().consume(code.id()));
    }

    @Test
    void counting_an_attempt_returns_the_stored_code_with_the_attempt_counted() {
        EmailAddress email = uniqueEmail();
        OneTimeCode.Issued issued = store(email, CodePurpose.SIGN_IN, now);

        Optional<OneTimeCode> first = count(email, CodePurpose.SIGN_IN, now);
        Optional<OneTimeCode> second = count(email, CodePurpose.SIGN_IN, now);

        assertThat(first).contains(issued.code().withAttemptCounted());
        assertThat(first.orElseThrow().matches(issued.digits())).isTrue();
        assertThat(second.orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void a_code_accepts_five_attempts_and_then_none() {
        EmailAddress email = uniqueEmail();
        store(email, CodePurpose.SIGN_IN, now);

        for (int attempt = 1; attempt <= OneTimeCode.MAX_ATTEMPTS; attempt++) {
            assertThat(count(email, CodePurpose.SIGN_IN, now)).get().extracting(OneTimeCode::attempts).isEqualTo(attempt);
        }
        assertThat(count(email, CodePurpose.SIGN_IN, now)).isEmpty();
    }

    @Test
    void a_code_accepts_no_attempt_from_the_moment_it_expires() {
        EmailAddress email = uniqueEmail();
        OneTimeCode code = store(email, CodePurpose.SIGN_IN, now).code();

        assertThat(count(email, CodePurpose.SIGN_IN, code.expiresAt().minus(1, ChronoUnit.MICROS))).isPresent();
        assertThat(count(email, CodePurpose.SIGN_IN, code.expiresAt())).isEmpty();
    }

    @Test
    void a_new_code_replaces_the_previous_one_of_the_same_email_and_purpose() {
        EmailAddress email = uniqueEmail();
        OneTimeCode old = store(email, CodePurpose.SIGN_IN, now).code();
        for (int i = 0; i < 4; i++) {
            count(email, CodePurpose.SIGN_IN, now);
        }

        OneTimeCode.Issued fresh = store(email, CodePurpose.SIGN_IN, now.plusSeconds(1));

        Optional<OneTimeCode> counted = count(email, CodePurpose.SIGN_IN, now.plusSeconds(1));
        assertThat(counted).contains(fresh.code().withAttemptCounted());
        assertThat(consume(old)).as("the replaced code is gone").isFalse();
        assertThat(consume(fresh.code())).isTrue();
    }

    @Test
    void each_purpose_and_each_email_has_its_own_code() {
        EmailAddress email = uniqueEmail();
        EmailAddress other = uniqueEmail();
        OneTimeCode signIn = store(email, CodePurpose.SIGN_IN, now).code();
        OneTimeCode reset = store(email, CodePurpose.PASSWORD_RESET, now).code();
        OneTimeCode othersSignIn = store(other, CodePurpose.SIGN_IN, now).code();

        assertThat(count(email, CodePurpose.PASSWORD_RESET, now)).get().extracting(OneTimeCode::id).isEqualTo(reset.id());
        assertThat(count(other, CodePurpose.PASSWORD_RESET, now)).isEmpty();
        assertThat(consume(signIn)).isTrue();

        assertThat(count(email, CodePurpose.SIGN_IN, now)).isEmpty();
        assertThat(count(email, CodePurpose.PASSWORD_RESET, now)).get().extracting(OneTimeCode::attempts).isEqualTo(2);
        assertThat(count(other, CodePurpose.SIGN_IN, now)).get().extracting(OneTimeCode::id).isEqualTo(othersSignIn.id());
    }

    @Test
    void a_code_is_consumed_once() {
        EmailAddress email = uniqueEmail();
        OneTimeCode code = store(email, CodePurpose.PASSWORD_RESET, now).code();

        assertThat(consume(code)).isTrue();
        assertThat(consume(code)).isFalse();
        assertThat(count(email, CodePurpose.PASSWORD_RESET, now)).isEmpty();
        assertThat(write(() -> repository().consume(UUID.randomUUID()))).isFalse();
    }

    @Test
    void parallel_attempts_never_get_more_than_five_counts() throws Exception {
        EmailAddress email = uniqueEmail();
        store(email, CodePurpose.SIGN_IN, now);

        List<Optional<OneTimeCode>> results = inParallel(24, () -> count(email, CodePurpose.SIGN_IN, now));

        List<Integer> counted = results.stream().flatMap(Optional::stream).map(OneTimeCode::attempts).sorted().toList();
        assertThat(counted).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void of_parallel_consumers_exactly_one_gets_the_code() throws Exception {
        EmailAddress email = uniqueEmail();
        OneTimeCode code = store(email, CodePurpose.SIGN_IN, now).code();

        List<Boolean> results = inParallel(12, () -> consume(code));

        assertThat(results).containsOnlyOnce(true);
    }

    @Test
    void purging_removes_expired_codes_only() {
        EmailAddress expiredEmail = uniqueEmail();
        EmailAddress liveEmail = uniqueEmail();
        OneTimeCode expired = store(expiredEmail, CodePurpose.SIGN_IN, now.minus(Duration.ofMinutes(20))).code();
        store(liveEmail, CodePurpose.SIGN_IN, now);

        int purged = write(() -> repository().purgeExpired(now));

        assertThat(purged).isPositive();
        assertThat(count(expiredEmail, CodePurpose.SIGN_IN, expired.createdAt())).as("gone, not just expired").isEmpty();
        assertThat(count(liveEmail, CodePurpose.SIGN_IN, now)).isPresent();
    }

    private static <T> List<T> inParallel(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deleting_an_emails_codes_removes_every_purpose_and_leaves_other_emails_alone() {
        EmailAddress email = uniqueEmail();
        EmailAddress other = uniqueEmail();
        store(email, CodePurpose.SIGN_IN, now);
        store(email, CodePurpose.PASSWORD_RESET, now);
        store(other, CodePurpose.SIGN_IN, now);

        assertThat(write(() -> repository().deleteAll(email))).isEqualTo(2);

        assertThat(count(email, CodePurpose.SIGN_IN, now)).isEmpty();
        assertThat(count(email, CodePurpose.PASSWORD_RESET, now)).isEmpty();
        assertThat(count(other, CodePurpose.SIGN_IN, now)).isPresent();
    }
}

package dev.tradedesk.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiter.Limit;
import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimiter} must do; each implementation's test extends this. Time is a
 * {@link MutableClock} the implementation is built on, so nothing here waits for real time to pass.
 */
public abstract class RateLimiterContract {

    /** 3 free attempts, then 1 s, 2 s, 4 s, 8 s capped; forgotten 60 s after the last wait. */
    protected static final ThrottlePolicy POLICY = ThrottlePolicy.backoff(3, Duration.ofSeconds(1),
            Duration.ofSeconds(8), Duration.ofSeconds(60));

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private RateLimiter limiter;

    /** A limiter that reads the time from {@code clock}. */
    protected abstract RateLimiter newLimiter(Clock clock);

    @BeforeEach
    void createLimiter() {
        limiter = newLimiter(clock);
    }

    @AfterEach
    void closeLimiter() throws Exception {
        if (limiter instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    protected RateLimiter limiter() {
        return limiter;
    }

    protected static Limit uniqueLimit(ThrottlePolicy policy) {
        return new Limit("contract:" + UUID.randomUUID(), policy);
    }

    @Test
    void lets_the_free_attempts_through_then_waits_the_base_delay() {
        Limit key = uniqueLimit(POLICY);

        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).as("the 3rd free attempt").isEmpty();
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofMillis(400));
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofMillis(600));
    }

    @Test
    void doubles_the_wait_after_each_further_attempt_up_to_the_cap() {
        Limit key = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key);
        }

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Duration wait = limiter.tryAcquire(key).orElseThrow();
            waits.add(wait);
            clock.advance(wait);
            assertThat(limiter.tryAcquire(key)).as("admitted once the wait is over").isEmpty();
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8));
    }

    @Test
    void does_not_count_refused_attempts() {
        Limit key = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.tryAcquire(key)).isPresent();
        }

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).as("the 4th counted attempt waits 2 s, not more")
                .contains(Duration.ofSeconds(2));
    }

    @Test
    void counts_on_all_keys_or_on_none() {
        Limit blocked = uniqueLimit(POLICY);
        Limit open = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(blocked);
        }

        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(List.of(open, blocked))).contains(Duration.ofSeconds(1));
        }

        assertThat(limiter.tryAcquire(open)).isEmpty();
        assertThat(limiter.tryAcquire(open)).isEmpty();
        assertThat(limiter.tryAcquire(open)).as("the refused pairs counted nothing on the open key").isEmpty();
        assertThat(limiter.tryAcquire(open)).isPresent();
    }

    @Test
    void answers_the_longest_wait_of_the_keys_that_refuse() {
        Limit once = uniqueLimit(POLICY);
        Limit twice = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(List.of(once, twice));
        }
        clock.advance(Duration.ofSeconds(1));
        limiter.tryAcquire(twice);

        assertThat(limiter.tryAcquire(List.of(once, twice))).contains(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire(List.of(twice, once))).contains(Duration.ofSeconds(2));
    }

    @Test
    void applies_each_keys_own_policy() {
        ThrottlePolicy strict = ThrottlePolicy.backoff(1, Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofMinutes(10));
        Limit lenient = uniqueLimit(POLICY);
        Limit harsh = uniqueLimit(strict);

        assertThat(limiter.tryAcquire(List.of(lenient, harsh))).isEmpty();

        assertThat(limiter.tryAcquire(harsh)).contains(Duration.ofSeconds(30));
        assertThat(limiter.tryAcquire(lenient)).isEmpty();
    }

    @Test
    void keeps_keys_apart() {
        Limit a = uniqueLimit(POLICY);
        Limit b = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(a);
        }

        assertThat(limiter.tryAcquire(a)).isPresent();
        assertThat(limiter.tryAcquire(b)).isEmpty();
    }

    @Test
    void reset_forgets_every_attempt_of_the_key() {
        Limit key = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key);
        }

        limiter.reset(key.key());

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(key)).isEmpty();
        }
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofSeconds(1));
    }

    @Test
    void release_takes_back_one_attempt_and_lifts_a_wait_below_the_free_attempts() {
        Limit key = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key);
        }
        assertThat(limiter.tryAcquire(key)).isPresent();

        limiter.release(key);

        assertThat(limiter.tryAcquire(key)).as("2 counted: the 3rd is free again").isEmpty();
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofSeconds(1));
    }

    @Test
    void release_keeps_a_wait_that_earlier_attempts_earned() {
        Limit key = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(key)).isEmpty();

        limiter.release(key);

        assertThat(limiter.tryAcquire(key)).as("3 still counted").isPresent();
    }

    @Test
    void release_and_reset_of_an_unknown_key_change_nothing() {
        Limit key = uniqueLimit(POLICY);

        limiter.release(key);
        limiter.reset(key.key());

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(key)).isEmpty();
        }
        assertThat(limiter.tryAcquire(key)).isPresent();
    }

    @Test
    void forgets_a_counter_a_window_after_its_last_wait_ended() {
        Limit key = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key);
        }
        clock.advance(Duration.ofSeconds(1));
        limiter.tryAcquire(key);

        clock.advance(Duration.ofSeconds(2).plusSeconds(60).minusMillis(1));
        assertThat(limiter.tryAcquire(key)).as("a millisecond before it is forgotten").isEmpty();
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofSeconds(4));

        clock.advance(Duration.ofSeconds(4).plusSeconds(60));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(key)).as("forgotten: free again").isEmpty();
        }
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofSeconds(1));
    }

    @Test
    void a_quota_allows_its_maximum_then_one_per_period() {
        ThrottlePolicy quota = ThrottlePolicy.quota(2, Duration.ofMinutes(15));
        Limit key = uniqueLimit(quota);

        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(15));
        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(30));
        assertThat(limiter.tryAcquire(key)).as("a quiet period after the wait: forgotten").isEmpty();
        assertThat(limiter.tryAcquire(key)).isEmpty();
    }

    @Test
    void refuses_a_key_given_twice_or_no_key_at_all() {
        Limit key = uniqueLimit(POLICY);

        assertThatThrownBy(() -> limiter.tryAcquire(List.of(key, key))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.tryAcquire(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lets_exactly_the_free_attempts_through_however_many_race() throws Exception {
        Limit account = uniqueLimit(POLICY);
        Limit address = uniqueLimit(ThrottlePolicy.backoff(20, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofSeconds(60)));
        int racers = 40;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Duration>>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Optional<Duration>> attempt = () -> {
                    start.await();
                    return limiter.tryAcquire(List.of(account, address));
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();

            int admitted = 0;
            for (Future<Optional<Duration>> result : results) {
                if (result.get().isEmpty()) {
                    admitted++;
                }
            }
            assertThat(admitted).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 17; i++) {
            assertThat(limiter.tryAcquire(List.of(uniqueLimit(POLICY), address)))
                    .as("only the 3 admitted racers counted on the address").isEmpty();
        }
        assertThat(limiter.tryAcquire(List.of(uniqueLimit(POLICY), address))).as("the 21st").isPresent();
    }
}

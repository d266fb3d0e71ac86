package dev.tradedesk.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiter.Limit;
import dev.tradedesk.application.common.port.out.RateLimiterUnavailableException;
import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilientRateLimiterTest {

    private static final ThrottlePolicy POLICY = ThrottlePolicy.backoff(2, Duration.ofSeconds(10),
            Duration.ofMinutes(1), Duration.ofMinutes(5));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final SwitchableLimiter shared = new SwitchableLimiter(new LocalRateLimiter(clock));
    private final LocalRateLimiter local = new LocalRateLimiter(clock);
    private final ResilientRateLimiter limiter = new ResilientRateLimiter(shared, local, clock, Duration.ofSeconds(5));

    @Test
    void counts_in_the_shared_limiter_while_it_answers() {
        Limit key = limit();

        limiter.tryAcquire(key);
        limiter.tryAcquire(key);

        assertThat(limiter.degraded()).isFalse();
        assertThat(shared.delegate.tryAcquire(key)).as("the shared counter is at its limit").isPresent();
        assertThat(local.size()).isZero();
    }

    @Test
    void keeps_limiting_with_this_nodes_counters_while_the_shared_limiter_is_down() {
        shared.down = true;
        Limit key = limit();

        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).isEmpty();
        assertThat(limiter.tryAcquire(key)).contains(Duration.ofSeconds(10));

        assertThat(limiter.degraded()).isTrue();
        assertThat(shared.calls.get()).as("tried once, then not again within the retry interval").isEqualTo(1);
    }

    @Test
    void tries_the_shared_limiter_again_once_per_interval_and_goes_back_when_it_answers() {
        shared.down = true;
        Limit key = limit();
        limiter.tryAcquire(key);
        assertThat(limiter.degraded()).isTrue();

        clock.advance(Duration.ofSeconds(5));
        limiter.tryAcquire(limit());
        limiter.tryAcquire(limit());
        assertThat(shared.calls.get()).as("one probe after the interval").isEqualTo(2);
        assertThat(limiter.degraded()).isTrue();

        shared.down = false;
        limiter.tryAcquire(limit());
        assertThat(shared.calls.get()).as("no probe before the next interval").isEqualTo(2);

        clock.advance(Duration.ofSeconds(5));
        limiter.tryAcquire(key);
        assertThat(limiter.degraded()).isFalse();
        limiter.tryAcquire(key);
        assertThat(shared.calls.get()).isEqualTo(4);
        assertThat(shared.delegate.tryAcquire(key)).as("counted in the shared limiter again").isPresent();
    }

    @Test
    void resets_and_releases_where_it_counts_now() {
        Limit key = limit();
        limiter.tryAcquire(key);
        limiter.tryAcquire(key);
        limiter.reset(key.key());
        assertThat(limiter.tryAcquire(key)).isEmpty();

        shared.down = true;
        limiter.tryAcquire(key);
        limiter.tryAcquire(key);
        assertThat(limiter.tryAcquire(key)).isPresent();
        limiter.release(key);
        assertThat(limiter.tryAcquire(key)).as("released in the local counters").isEmpty();
    }

    /** A limiter that fails like an unreachable Redis while {@link #down}. */
    private static final class SwitchableLimiter implements RateLimiter {

        final RateLimiter delegate;
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean down;

        SwitchableLimiter(RateLimiter delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Duration> tryAcquire(List<Limit> limits) {
            check();
            return delegate.tryAcquire(limits);
        }

        @Override
        public void release(Limit limit) {
            check();
            delegate.release(limit);
        }

        @Override
        public void reset(String key) {
            check();
            delegate.reset(key);
        }

        private void check() {
            calls.incrementAndGet();
            if (down) {
                throw new RateLimiterUnavailableException("down", null);
            }
        }
    }

    private static Limit limit() {
        return new Limit("resilient:" + UUID.randomUUID(), POLICY);
    }
}

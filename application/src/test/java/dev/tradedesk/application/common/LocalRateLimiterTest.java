package dev.tradedesk.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiter.Limit;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalRateLimiterTest extends RateLimiterContract {

    @Override
    protected RateLimiter newLimiter(Clock clock) {
        return new LocalRateLimiter(clock);
    }

    @Test
    void drops_forgotten_counters_first_when_full() {
        LocalRateLimiter small = new LocalRateLimiter(clock, 10);
        Limit blocked = uniqueLimit(POLICY);
        for (int i = 0; i < 3; i++) {
            small.tryAcquire(blocked);
        }
        for (int i = 0; i < 9; i++) {
            small.tryAcquire(uniqueLimit(POLICY));
        }
        assertThat(small.size()).isEqualTo(10);
        clock.advance(Duration.ofSeconds(60));

        small.tryAcquire(uniqueLimit(POLICY));

        assertThat(small.size()).as("the 9 forgotten counters dropped, the new one added").isEqualTo(2);
        assertThat(small.tryAcquire(blocked)).as("the live counter kept").isEmpty();
        assertThat(small.tryAcquire(blocked)).isPresent();
    }

    @Test
    void stays_within_its_bound_when_nothing_is_forgotten() {
        LocalRateLimiter small = new LocalRateLimiter(clock, 10);

        for (int i = 0; i < 100; i++) {
            small.tryAcquire(uniqueLimit(POLICY));
        }

        assertThat(small.size()).isLessThanOrEqualTo(10);
    }
}

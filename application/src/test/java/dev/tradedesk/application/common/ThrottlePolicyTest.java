package dev.tradedesk.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private final ThrottlePolicy login = ThrottlePolicy.backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    @Test
    void the_free_attempts_cost_no_wait() {
        assertThat(LongStream.rangeClosed(0, 4).mapToObj(login::delayAfter)).containsOnly(Duration.ZERO);
    }

    @Test
    void the_wait_doubles_from_the_base_and_stops_at_the_cap() {
        assertThat(LongStream.rangeClosed(5, 16).mapToObj(login::delayAfter)).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(64), Duration.ofSeconds(128),
                Duration.ofSeconds(256), Duration.ofSeconds(512), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    @Test
    void the_cap_holds_for_any_count_without_overflow() {
        assertThat(login.delayAfter(63)).isEqualTo(Duration.ofMinutes(15));
        assertThat(login.delayAfter(70)).isEqualTo(Duration.ofMinutes(15));
        assertThat(login.delayAfter(Long.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
        ThrottlePolicy huge = ThrottlePolicy.backoff(1, Duration.ofMillis(Long.MAX_VALUE / 2),
                Duration.ofMillis(Long.MAX_VALUE), Duration.ofSeconds(1));
        assertThat(huge.delayAfter(3)).isEqualTo(Duration.ofMillis(Long.MAX_VALUE));
    }

    @Test
    void a_quota_waits_its_whole_period_after_the_maximum() {
        ThrottlePolicy quota = ThrottlePolicy.quota(3, Duration.ofHours(1));

        assertThat(quota.delayAfter(2)).isZero();
        assertThat(quota.delayAfter(3)).isEqualTo(Duration.ofHours(1));
        assertThat(quota.delayAfter(30)).isEqualTo(Duration.ofHours(1));
        assertThat(quota.window()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refuses_settings_that_make_no_sense() {
        assertThatThrownBy(() -> ThrottlePolicy.backoff(0, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThrottlePolicy.backoff(1, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThrottlePolicy.backoff(1, Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThrottlePolicy.quota(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.tradedesk.application.common.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * How a counter of attempts pushes back: the first {@code freeAttempts} attempts need no wait; the
 * attempt that reaches that number, and each one after it, makes the next one wait, starting at
 * {@code baseDelay} and doubling up to {@code maxDelay}. A counter is forgotten once {@code window}
 * passes without a counted attempt after its last wait ended.
 *
 * <p>With 5 free attempts, a 1 s base and a 15 min cap, attempts 1 to 5 go through at once, the 6th
 * may come 1 s after the 5th, the 7th 2 s after the 6th, then 4 s, 8 s, ... 15 min.
 * {@link #quota(int, Duration)} is the same mechanism with a constant wait: {@code max} attempts,
 * then one per {@code per} until a quiet {@code per}.
 *
 * <p>Times are whole milliseconds. Every {@link RateLimiter} implements exactly this rule.
 */
public record ThrottlePolicy(int freeAttempts, Duration baseDelay, Duration maxDelay, Duration window) {

    public ThrottlePolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(window, "window");
        if (freeAttempts < 1) {
            throw new IllegalArgumentException("freeAttempts must be at least 1: " + freeAttempts);
        }
        if (baseDelay.toMillis() < 1) {
            throw new IllegalArgumentException("baseDelay must be at least 1 ms: " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than baseDelay: " + maxDelay);
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("window must be at least 1 ms: " + window);
        }
    }

    /** Exponential backoff after {@code freeAttempts} attempts (see the class comment). */
    public static ThrottlePolicy backoff(int freeAttempts, Duration baseDelay, Duration maxDelay, Duration window) {
        return new ThrottlePolicy(freeAttempts, baseDelay, maxDelay, window);
    }

    /** At most {@code max} attempts, then one per {@code per} until {@code per} passes without any. */
    public static ThrottlePolicy quota(int max, Duration per) {
        return new ThrottlePolicy(max, per, per, per);
    }

    /**
     * The wait before the next attempt, once {@code attempts} have been counted: zero below
     * {@link #freeAttempts()}, else {@code baseDelay * 2^(attempts - freeAttempts)}, at most
     * {@link #maxDelay()}.
     */
    public Duration delayAfter(long attempts) {
        return Duration.ofMillis(delayMillisAfter(attempts));
    }

    /** {@link #delayAfter(long)} in milliseconds. */
    public long delayMillisAfter(long attempts) {
        if (attempts < freeAttempts) {
            return 0;
        }
        long base = baseDelay.toMillis();
        long max = maxDelay.toMillis();
        long doublings = attempts - freeAttempts;
        if (doublings >= Long.SIZE - 1 || base > (max >> doublings)) {
            return max;
        }
        return base << doublings;
    }
}

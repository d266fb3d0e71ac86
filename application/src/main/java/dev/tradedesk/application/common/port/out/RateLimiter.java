package dev.tradedesk.application.common.port.out;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Counters of attempts under a {@link ThrottlePolicy}, shared by every node where the implementation
 * can (Redis), per node otherwise.
 *
 * <p>An attempt is counted <em>before</em> the work it guards ({@link #tryAcquire}): checking and
 * counting are one atomic step, so however many requests race, no more than the policy allows get
 * through. A counted attempt is a failure unless the caller says otherwise: {@link #reset} after a
 * success that clears the slate (a correct password clears its account's counter), {@link #release}
 * to take back one attempt that must not count (a success from a shared address, or work that never
 * ran).
 *
 * <p>Keys are the caller's plain names ({@code login:account:<email>}); an implementation may put
 * its own prefix in front. Implementations are thread-safe and throw
 * {@link RateLimiterUnavailableException} when their store cannot be reached in time.
 */
public interface RateLimiter {

    /**
     * Counts one attempt on every limit at once, or on none: when any key must still wait, nothing is
     * counted.
     *
     * @return empty when the attempt may go ahead (and is now counted on every key); otherwise the
     *         longest wait of the keys that refuse it
     */
    Optional<Duration> tryAcquire(List<Limit> limits);

    /** {@link #tryAcquire(List)} for one key. */
    default Optional<Duration> tryAcquire(Limit limit) {
        return tryAcquire(List.of(limit));
    }

    /**
     * Takes back one counted attempt. If the count falls below the policy's free attempts, a wait it
     * set is lifted; otherwise the current wait stays (erring on the safe side).
     */
    void release(Limit limit);

    /** Forgets every attempt counted under {@code key}. */
    void reset(String key);

    /**
     * Checks the argument of {@link #tryAcquire(List)}: at least one limit, no key twice.
     *
     * @throws IllegalArgumentException otherwise
     */
    static void requireDistinctKeys(List<Limit> limits) {
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("at least one limit is required");
        }
        Set<String> keys = new HashSet<>();
        for (Limit limit : limits) {
            if (!keys.add(limit.key())) {
                throw new IllegalArgumentException("the same key twice: " + limit.key());
            }
        }
    }

    /** A key and the policy its counter follows. */
    record Limit(String key, ThrottlePolicy policy) {

        public Limit {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(policy, "policy");
            if (key.isBlank()) {
                throw new IllegalArgumentException("key must not be blank");
            }
        }
    }
}

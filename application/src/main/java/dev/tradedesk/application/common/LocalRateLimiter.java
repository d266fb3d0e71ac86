package dev.tradedesk.application.common;

import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RateLimiter} in this JVM's memory: the counters of one node. It is what runs while Redis
 * cannot be reached (see {@link ResilientRateLimiter}), and a complete limiter for an application that
 * embeds the core on a single node.
 *
 * <p>One lock guards every counter, which makes {@link #tryAcquire(List)} atomic over all its keys;
 * each call is a few map operations. Memory is bounded: at {@code maxKeys} counters, forgotten ones are
 * dropped, and if that is not enough, those closest to being forgotten.
 */
public final class LocalRateLimiter implements RateLimiter {

    /** The default bound on counters kept: 100 000 (a few MiB). */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Counter> counters = new HashMap<>();

    public LocalRateLimiter(Clock clock) {
        this(clock, DEFAULT_MAX_KEYS);
    }

    public LocalRateLimiter(Clock clock, int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1: " + maxKeys);
        }
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    @Override
    public synchronized Optional<Duration> tryAcquire(List<Limit> limits) {
        RateLimiter.requireDistinctKeys(limits);
        long now = clock.millis();
        long wait = 0;
        for (Limit limit : limits) {
            Counter counter = live(limit.key(), now);
            if (counter != null && counter.blockedUntil() > now) {
                wait = Math.max(wait, counter.blockedUntil() - now);
            }
        }
        if (wait > 0) {
            return Optional.of(Duration.ofMillis(wait));
        }
        if (counters.size() + limits.size() > maxKeys) {
            makeRoom(limits.size(), now);
        }
        for (Limit limit : limits) {
            Counter counter = live(limit.key(), now);
            long count = (counter == null ? 0 : counter.count()) + 1;
            ThrottlePolicy policy = limit.policy();
            long delay = policy.delayMillisAfter(count);
            long blockedUntil = delay > 0 ? now + delay : 0;
            long forgetAt = Math.max(now, blockedUntil) + policy.window().toMillis();
            counters.put(limit.key(), new Counter(count, blockedUntil, forgetAt));
        }
        return Optional.empty();
    }

    @Override
    public synchronized void release(Limit limit) {
        Counter counter = live(limit.key(), clock.millis());
        if (counter == null) {
            return;
        }
        long count = counter.count() - 1;
        if (count <= 0) {
            counters.remove(limit.key());
            return;
        }
        long blockedUntil = count < limit.policy().freeAttempts() ? 0 : counter.blockedUntil();
        counters.put(limit.key(), new Counter(count, blockedUntil, counter.forgetAt()));
    }

    @Override
    public synchronized void reset(String key) {
        counters.remove(key);
    }

    /** How many counters are held (forgotten ones included until they are dropped). */
    public synchronized int size() {
        return counters.size();
    }

    private Counter live(String key, long now) {
        Counter counter = counters.get(key);
        if (counter != null && now >= counter.forgetAt()) {
            counters.remove(key);
            return null;
        }
        return counter;
    }

    /**
     * Makes room for {@code newKeys} more counters: drops forgotten ones; if that frees too little, a
     * tenth of the bound more, soonest forgotten first (they would have been forgotten next).
     */
    private void makeRoom(int newKeys, long now) {
        counters.values().removeIf(counter -> now >= counter.forgetAt());
        if (counters.size() + newKeys <= maxKeys) {
            return;
        }
        int excess = counters.size() + newKeys - maxKeys + Math.max(1, maxKeys / 10);
        counters.entrySet().stream()
                .sorted(Comparator.comparingLong(entry -> entry.getValue().forgetAt()))
                .limit(excess)
                .map(Map.Entry::getKey)
                .toList()
                .forEach(counters::remove);
    }

    private record Counter(long count, long blockedUntil, long forgetAt) {
    }
}

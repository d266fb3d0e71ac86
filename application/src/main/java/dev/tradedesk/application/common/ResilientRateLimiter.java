package dev.tradedesk.application.common;

import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiterUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The shared limiter (Redis) while it answers, this node's own counters while it does not.
 *
 * <p>When the shared limiter throws {@link RateLimiterUnavailableException}, the call is answered by
 * the local one and so is every call after it; once {@code retryInterval} has passed, one call (only
 * one, the others stay local) tries the shared limiter again, and if it answers, everything goes back
 * to it. So an outage costs at most one slow call per interval (the shared limiter's own timeout), and
 * each switch is logged once, not per request. Counters do not move between the two: while degraded,
 * every node limits on its own, from zero.
 */
public final class ResilientRateLimiter implements RateLimiter {

    private static final System.Logger log = System.getLogger(ResilientRateLimiter.class.getName());

    private final RateLimiter shared;
    private final RateLimiter local;
    private final Clock clock;
    private final long retryIntervalMillis;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean degraded;
    private volatile long nextProbeAt;

    public ResilientRateLimiter(RateLimiter shared, RateLimiter local, Clock clock, Duration retryInterval) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.local = Objects.requireNonNull(local, "local");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retryInterval.isNegative()) {
            throw new IllegalArgumentException("retryInterval must not be negative: " + retryInterval);
        }
        this.retryIntervalMillis = retryInterval.toMillis();
    }

    @Override
    public Optional<Duration> tryAcquire(List<Limit> limits) {
        return call(limiter -> limiter.tryAcquire(limits));
    }

    @Override
    public void release(Limit limit) {
        call(limiter -> {
            limiter.release(limit);
            return null;
        });
    }

    @Override
    public void reset(String key) {
        call(limiter -> {
            limiter.reset(key);
            return null;
        });
    }

    /** Whether calls are answered by this node's own counters now. */
    public boolean degraded() {
        return degraded;
    }

    private <T> T call(Function<RateLimiter, T> operation) {
        if (degraded) {
            return probeOrLocal(operation);
        }
        try {
            return operation.apply(shared);
        } catch (RateLimiterUnavailableException e) {
            degrade(e);
            return operation.apply(local);
        }
    }

    private <T> T probeOrLocal(Function<RateLimiter, T> operation) {
        if (clock.millis() < nextProbeAt || !probing.compareAndSet(false, true)) {
            return operation.apply(local);
        }
        try {
            T result = operation.apply(shared);
            recover();
            return result;
        } catch (RateLimiterUnavailableException e) {
            nextProbeAt = clock.millis() + retryIntervalMillis;
            return operation.apply(local);
        } finally {
            probing.set(false);
        }
    }

    private synchronized void degrade(RateLimiterUnavailableException cause) {
        nextProbeAt = clock.millis() + retryIntervalMillis;
        if (!degraded) {
            degraded = true;
            log.log(Level.WARNING, "Shared rate limiter unavailable ({0}): counting attempts on this node only until"
                    + " it answers again", cause.getMessage());
        }
    }

    private synchronized void recover() {
        if (degraded) {
            degraded = false;
            log.log(Level.INFO, "Shared rate limiter reachable again: counting attempts there");
        }
    }
}

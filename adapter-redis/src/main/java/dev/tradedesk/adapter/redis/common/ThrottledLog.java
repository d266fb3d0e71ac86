package dev.tradedesk.adapter.redis.common;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A warning that is logged at most once per interval, however often it happens: a dead Redis under a
 * stream of ticks or requests must not flood the log. The next warning says how many were left out.
 */
public final class ThrottledLog {

    private final Logger log;
    private final long intervalNanos;
    private final AtomicLong nextAt = new AtomicLong(System.nanoTime());
    private final AtomicLong suppressed = new AtomicLong();

    public ThrottledLog(Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    /** Logs {@code message} (SLF4J format) unless a warning of this log went out within the interval. */
    public void warn(String message, Object... args) {
        long now = System.nanoTime();
        long due = nextAt.get();
        if (now - due < 0 || !nextAt.compareAndSet(due, now + intervalNanos)) {
            suppressed.incrementAndGet();
            return;
        }
        long left = suppressed.getAndSet(0);
        if (left > 0) {
            log.warn(message + " (and {} similar warning(s) since the last one)", append(args, left));
        } else {
            log.warn(message, args);
        }
    }

    private static Object[] append(Object[] args, long value) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = value;
        return all;
    }
}

package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.common.OverloadedException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A {@link PasswordHasher} that lets at most {@code permits} hashes or checks run at once (by default
 * one per processor core), so that a flood of sign-ins cannot take every core from the other
 * endpoints. A call waits for a permit in arrival order; one that waits longer than
 * {@code queueTimeout} fails with {@link OverloadedException} (answered 503 with {@code Retry-After}),
 * having done no work.
 */
public final class BoundedPasswordHasher implements PasswordHasher {

    private final PasswordHasher delegate;
    private final Semaphore permits;
    private final long queueTimeoutNanos;
    private final Duration retryAfter;

    /**
     * @param delegate     the slow hasher
     * @param permits      how many hashes may run at once, at least 1
     * @param queueTimeout how long a call may wait for a permit; also the {@code Retry-After} advised
     *                     when it gets none (at least 1 s)
     */
    public BoundedPasswordHasher(PasswordHasher delegate, int permits, Duration queueTimeout) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1: " + permits);
        }
        if (queueTimeout.isNegative()) {
            throw new IllegalArgumentException("queueTimeout must not be negative: " + queueTimeout);
        }
        this.permits = new Semaphore(permits, true);
        this.queueTimeoutNanos = queueTimeout.toNanos();
        this.retryAfter = queueTimeout.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : queueTimeout;
    }

    /** One permit per available processor. */
    public static BoundedPasswordHasher perProcessor(PasswordHasher delegate, Duration queueTimeout) {
        return new BoundedPasswordHasher(delegate, Runtime.getRuntime().availableProcessors(), queueTimeout);
    }

    @Override
    public String hash(PlainPassword password) {
        return bounded(() -> delegate.hash(password));
    }

    @Override
    public boolean matches(PlainPassword password, String encodedHash) {
        return bounded(() -> delegate.matches(password, encodedHash));
    }

    /** Permits free right now (for metrics and tests). */
    public int availablePermits() {
        return permits.availablePermits();
    }

    private <T> T bounded(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS)) {
                throw new OverloadedException(retryAfter);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException(retryAfter);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}

package dev.tradedesk.domain.common;

import java.time.Duration;

/**
 * The service has no capacity for this request right now (for example every password-hashing permit
 * is taken and none came free in time); nothing was done, and the same request may succeed after
 * {@link #retryAfter()}.
 */
public class OverloadedException extends DomainException implements RetryAfter {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public OverloadedException(Duration retryAfter) {
        super("overloaded", "The service is busy. Try again shortly.");
        this.retryAfter = TooManyAttemptsException.requirePositive(retryAfter);
    }

    /** Overloaded because of {@code cause} (kept for the logs, never shown to clients). */
    public OverloadedException(Duration retryAfter, Throwable cause) {
        super("overloaded", "The service is busy. Try again shortly.", cause);
        this.retryAfter = TooManyAttemptsException.requirePositive(retryAfter);
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}

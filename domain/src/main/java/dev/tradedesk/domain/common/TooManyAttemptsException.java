package dev.tradedesk.domain.common;

import java.time.Duration;
import java.util.Objects;

/**
 * The caller made too many attempts (failed sign-ins, sign-ups, mails asked for) and must wait
 * {@link #retryAfter()} before the next one is considered.
 */
public class TooManyAttemptsException extends DomainException implements RetryAfter {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("too_many_attempts", "Too many attempts. Try again later.");
        this.retryAfter = requirePositive(retryAfter);
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    static Duration requirePositive(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive: " + retryAfter);
        }
        return retryAfter;
    }
}

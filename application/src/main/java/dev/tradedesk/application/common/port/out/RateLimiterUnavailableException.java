package dev.tradedesk.application.common.port.out;

/**
 * A {@link RateLimiter} could not reach its shared store in time. What was asked may or may not have
 * taken effect there; callers fall back to another limiter rather than retry.
 */
public class RateLimiterUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RateLimiterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

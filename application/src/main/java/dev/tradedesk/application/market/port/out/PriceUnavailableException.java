package dev.tradedesk.application.market.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * No usable answer from the exchange: it could not be reached or timed out, it failed (5xx) on every
 * retry, it answered something that is not its documented format, or it asked us to back off (Binance
 * 429/418, or our own request-weight budget is spent). In the last case {@link #retryAt()} says from
 * when asking again makes sense, and until then the implementation does not call the exchange at all.
 *
 * <p>The message is safe to log; it never carries the exchange's raw body.
 */
public class PriceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public PriceUnavailableException(String message, Throwable cause) {
        super(message, cause);
        this.retryAt = null;
    }

    public PriceUnavailableException(String message, Instant retryAt) {
        super(message, null, false, false);
        this.retryAt = Objects.requireNonNull(retryAt, "retryAt");
    }

    /** When a backoff in force ends; empty when the failure set no backoff. */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}

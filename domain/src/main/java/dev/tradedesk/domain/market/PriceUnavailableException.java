package dev.tradedesk.domain.market;

import dev.tradedesk.domain.common.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * No usable price (code {@code price_unavailable}): the exchange could not be reached or timed out, it
 * failed (5xx) on every retry, it answered something that is not its documented format, it asked us to
 * back off (Binance 429/418, or our own request-weight budget is spent), or the newest known price is
 * older than the staleness limit. With a backoff in force {@link #retryAt()} says from when asking
 * again makes sense, and until then the implementation does not call the exchange at all.
 *
 * <p>The message is safe to log and to show; it never carries the exchange's raw body.
 */
public class PriceUnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "price_unavailable";

    private final Instant retryAt;

    public PriceUnavailableException(String message, Throwable cause) {
        super(CODE, message, cause);
        this.retryAt = null;
    }

    public PriceUnavailableException(String message, Instant retryAt) {
        super(CODE, message);
        this.retryAt = Objects.requireNonNull(retryAt, "retryAt");
    }

    /** When a backoff in force ends; empty when the failure set no backoff. */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}

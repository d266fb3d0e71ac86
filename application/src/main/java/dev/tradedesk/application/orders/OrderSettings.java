package dev.tradedesk.application.orders;

import dev.tradedesk.domain.orders.TradingTerms;
import java.time.Duration;
import java.util.Objects;

/**
 * Order settings: the trading terms; how long an in-progress Idempotency-Key is held for its request
 * before another request with the same key may take it over (a crashed request does not block the key
 * for ever); how long keys are kept (24 hours).
 */
public record OrderSettings(TradingTerms terms, Duration idempotencyLease, Duration idempotencyRetention) {

    public static final OrderSettings DEFAULT = new OrderSettings(TradingTerms.DEFAULT, Duration.ofSeconds(60),
            Duration.ofHours(24));

    public OrderSettings {
        Objects.requireNonNull(terms, "terms");
        if (idempotencyLease.isNegative() || idempotencyLease.isZero()
                || idempotencyRetention.compareTo(idempotencyLease) <= 0) {
            throw new IllegalArgumentException("the lease must be positive and shorter than the retention");
        }
    }
}

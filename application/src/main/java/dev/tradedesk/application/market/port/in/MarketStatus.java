package dev.tradedesk.application.market.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Market data's health on this node: {@code up} when the newest tick received is fresher than the
 * staleness limit; {@code newestTick} is when that tick was true at the source, {@code age} how old it
 * is now; {@code streamHolder} whether this node holds the upstream stream, and {@code source} the
 * configured source ({@code binance} or {@code replay}).
 */
public record MarketStatus(boolean up, Optional<Instant> newestTick, Optional<Duration> age,
        boolean streamHolder, String source) {

    public MarketStatus {
        Objects.requireNonNull(newestTick, "newestTick");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(source, "source");
    }
}

package dev.tradedesk.domain.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One symbol's price at a moment: the last trade price, the 24-hour change in percent and the 24-hour
 * base-asset volume, the best bid and ask when the source gives them, the instant the values were true
 * at the source ({@code asOf}) and the name of the source ({@code binance}, ...). Amounts are the
 * source's exact decimals, never {@code double}.
 */
public record PriceTick(Symbol symbol, BigDecimal price, BigDecimal change24hPct, BigDecimal volume24h,
        Optional<BigDecimal> bid, Optional<BigDecimal> ask, Instant asOf, String source) {

    public PriceTick {
        Objects.requireNonNull(symbol, "symbol");
        Decimals.requirePositive(price, "price");
        Objects.requireNonNull(change24hPct, "change24hPct");
        Decimals.requireNonNegative(volume24h, "volume24h");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        bid.ifPresent(value -> Decimals.requireNonNegative(value, "bid"));
        ask.ifPresent(value -> Decimals.requireNonNegative(value, "ask"));
        Objects.requireNonNull(asOf, "asOf");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}

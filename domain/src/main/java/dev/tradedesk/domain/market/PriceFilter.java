package dev.tradedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Binance's {@code PRICE_FILTER}: prices must lie in {@code [minPrice, maxPrice]} and be a multiple of
 * {@code tickSize}. Zero disables that part of the rule, as on the exchange.
 */
public record PriceFilter(BigDecimal tickSize, BigDecimal minPrice, BigDecimal maxPrice) {

    public PriceFilter {
        Decimals.requireNonNegative(tickSize, "tickSize");
        Decimals.requireNonNegative(minPrice, "minPrice");
        Decimals.requireNonNegative(maxPrice, "maxPrice");
    }

    /** Whether {@code price} satisfies every enabled part of the filter. */
    public boolean accepts(BigDecimal price) {
        Objects.requireNonNull(price, "price");
        return (minPrice.signum() == 0 || price.compareTo(minPrice) >= 0)
                && (maxPrice.signum() == 0 || price.compareTo(maxPrice) <= 0)
                && Decimals.isMultipleOf(price.subtract(minPrice), tickSize);
    }
}

package dev.tradedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Binance's {@code LOT_SIZE}: quantities must lie in {@code [minQty, maxQty]} and
 * {@code (quantity - minQty)} must be a multiple of {@code stepSize}.
 */
public record LotSize(BigDecimal stepSize, BigDecimal minQty, BigDecimal maxQty) {

    public LotSize {
        Decimals.requireNonNegative(stepSize, "stepSize");
        Decimals.requireNonNegative(minQty, "minQty");
        Decimals.requireNonNegative(maxQty, "maxQty");
    }

    /** Whether {@code quantity} satisfies the filter. */
    public boolean accepts(BigDecimal quantity) {
        Objects.requireNonNull(quantity, "quantity");
        return quantity.compareTo(minQty) >= 0
                && (maxQty.signum() == 0 || quantity.compareTo(maxQty) <= 0)
                && Decimals.isMultipleOf(quantity.subtract(minQty), stepSize);
    }
}

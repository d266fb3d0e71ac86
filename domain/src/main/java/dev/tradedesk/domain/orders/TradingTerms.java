package dev.tradedesk.domain.orders;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The house's terms: the taker fee as a fraction of the notional (default 0.001, 0.1%) and the initial
 * margin of a short as a fraction of its notional (default 0.5, 50%).
 */
public record TradingTerms(BigDecimal takerFeeRate, BigDecimal initialMarginRate) {

    public static final TradingTerms DEFAULT = new TradingTerms(new BigDecimal("0.001"), new BigDecimal("0.5"));

    public TradingTerms {
        Objects.requireNonNull(takerFeeRate, "takerFeeRate");
        Objects.requireNonNull(initialMarginRate, "initialMarginRate");
        if (takerFeeRate.signum() < 0 || takerFeeRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("takerFeeRate must be in [0, 1)");
        }
        if (initialMarginRate.signum() < 0) {
            throw new IllegalArgumentException("initialMarginRate must not be negative");
        }
    }
}

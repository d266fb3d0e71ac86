package dev.tradedesk.adapter.binance.fake;

import java.math.BigDecimal;

/**
 * A symbol's 24-hour ticker as {@link FakeBinanceServer} serves it; decimals are Binance's strings
 * ({@code "0.00000000"} for an empty book side), {@code closeTime} is epoch milliseconds.
 */
public record FakeTicker(String symbol, String lastPrice, String priceChangePercent, String volume, String bidPrice,
        String askPrice, long closeTime) {

    /** A ticker at {@code lastPrice} with no change, some volume and a one-tick spread around it. */
    public static FakeTicker at(String symbol, String lastPrice) {
        return new FakeTicker(symbol, lastPrice, "0.000", "1000.00000000", lastPrice, lastPrice,
                1_499_869_899_040L);
    }

    String openPrice() {
        BigDecimal last = new BigDecimal(lastPrice);
        BigDecimal pct = new BigDecimal(priceChangePercent);
        BigDecimal factor = BigDecimal.ONE.add(pct.movePointLeft(2));
        if (factor.signum() == 0) {
            return lastPrice;
        }
        return last.divide(factor, last.scale(), java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    String priceChange() {
        BigDecimal last = new BigDecimal(lastPrice);
        return last.subtract(new BigDecimal(openPrice())).setScale(last.scale(), java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    String quoteVolume() {
        return new BigDecimal(volume).multiply(new BigDecimal(lastPrice)).toPlainString();
    }
}

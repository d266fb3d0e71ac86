package dev.tradedesk.adapter.binance.market;

import java.math.BigDecimal;

/** {@code GET /api/v3/ticker/24hr} (type FULL), one symbol; the fields TradeDesk reads. */
public record BinanceTicker24h(String symbol, BigDecimal priceChange, BigDecimal priceChangePercent,
        BigDecimal lastPrice, BigDecimal bidPrice, BigDecimal askPrice, BigDecimal volume, BigDecimal quoteVolume,
        Long openTime, Long closeTime) {
}

package dev.tradedesk.adapter.binance.market;

import java.math.BigDecimal;

/** {@code GET /api/v3/ticker/price}, one symbol: {@code {"symbol": "LTCBTC", "price": "4.00000200"}}. */
public record BinanceTickerPrice(String symbol, BigDecimal price) {
}

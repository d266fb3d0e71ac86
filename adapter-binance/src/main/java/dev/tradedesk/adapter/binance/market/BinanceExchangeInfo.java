package dev.tradedesk.adapter.binance.market;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/v3/exchangeInfo}, the parts TradeDesk reads. Unknown fields are ignored, so new
 * fields on the exchange's side change nothing.
 */
public record BinanceExchangeInfo(String timezone, Long serverTime, List<RateLimit> rateLimits,
        List<BinanceSymbol> symbols) {

    /** One {@code symbols[]} entry. */
    public record BinanceSymbol(String symbol, String status, String baseAsset, String quoteAsset,
            List<BinanceFilter> filters) {
    }

    /**
     * One {@code filters[]} entry; which fields are set depends on {@code filterType}
     * ({@code PRICE_FILTER}, {@code LOT_SIZE}, {@code MIN_NOTIONAL}, {@code NOTIONAL}, ...).
     */
    public record BinanceFilter(String filterType, BigDecimal minPrice, BigDecimal maxPrice, BigDecimal tickSize,
            BigDecimal minQty, BigDecimal maxQty, BigDecimal stepSize, BigDecimal minNotional,
            BigDecimal maxNotional) {
    }

    /** One {@code rateLimits[]} entry. */
    public record RateLimit(String rateLimitType, String interval, Integer intervalNum, Integer limit) {
    }
}

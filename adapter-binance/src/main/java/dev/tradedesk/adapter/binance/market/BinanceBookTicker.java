package dev.tradedesk.adapter.binance.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The {@code <symbol>@bookTicker} stream payload, as in Binance's {@code ws_bookTicker.txt}: best bid and
 * ask of one symbol, pushed on every change; it has no event type and no event time, only the order book
 * update id {@code u}.
 */
public record BinanceBookTicker(
        @JsonProperty("u") Long updateId,
        @JsonProperty("s") String symbol,
        @JsonProperty("b") BigDecimal bidPrice,
        @JsonProperty("B") BigDecimal bidQty,
        @JsonProperty("a") BigDecimal askPrice,
        @JsonProperty("A") BigDecimal askQty) {
}

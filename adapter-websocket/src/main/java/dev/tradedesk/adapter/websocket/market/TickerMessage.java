package dev.tradedesk.adapter.websocket.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tradedesk.domain.market.PriceTick;
import java.math.BigDecimal;

/** One symbol's latest values; serialized once per tick and shared by every subscriber of the symbol. */
record TickerMessage(String type, String symbol, String price, String bid, String ask,
        @JsonProperty("change_24h_pct") String change24hPct, @JsonProperty("volume_24h") String volume24h,
        String ts) {

    static TickerMessage of(PriceTick tick) {
        return new TickerMessage("ticker", tick.symbol().value(), tick.price().toPlainString(),
                tick.bid().map(BigDecimal::toPlainString).orElse(null),
                tick.ask().map(BigDecimal::toPlainString).orElse(null),
                tick.change24hPct().toPlainString(), tick.volume24h().toPlainString(), tick.asOf().toString());
    }
}

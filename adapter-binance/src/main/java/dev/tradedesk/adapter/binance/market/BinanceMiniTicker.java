package dev.tradedesk.adapter.binance.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The {@code <symbol>@miniTicker} stream payload (event type {@code 24hrMiniTicker}), as in Binance's
 * {@code ws_miniTicker.txt}: rolling 24-hour figures of one symbol; decimals are Binance's strings.
 */
public record BinanceMiniTicker(
        @JsonProperty("e") String eventType,
        @JsonProperty("E") Long eventTime,
        @JsonProperty("s") String symbol,
        @JsonProperty("c") BigDecimal closePrice,
        @JsonProperty("o") BigDecimal openPrice,
        @JsonProperty("h") BigDecimal highPrice,
        @JsonProperty("l") BigDecimal lowPrice,
        @JsonProperty("v") BigDecimal baseVolume,
        @JsonProperty("q") BigDecimal quoteVolume) {

    /** The {@code e} of this payload. */
    public static final String EVENT_TYPE = "24hrMiniTicker";
}

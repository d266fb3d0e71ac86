package dev.tradedesk.adapter.binance.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * One message of a combined stream ({@code /stream?streams=...}), wrapped as Binance documents it:
 * {@code {"stream":"<streamName>","data":<rawPayload>}}.
 */
record BinanceCombinedMessage(@JsonProperty("stream") String stream, @JsonProperty("data") JsonNode data) {

    /** The head every event payload shares ({@code bookTicker} has neither field). */
    record BinanceEventHeader(@JsonProperty("e") String eventType, @JsonProperty("E") Long eventTime) {
    }
}

package dev.tradedesk.adapter.rest.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A symbol's price; decimals as strings (API.md "Market data"). */
public record PriceResponse(String symbol, String price,
        @JsonProperty("change_24h_pct") String change24hPct, Instant asOf, String source) {
}

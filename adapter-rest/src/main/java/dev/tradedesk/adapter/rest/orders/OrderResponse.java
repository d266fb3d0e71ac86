package dev.tradedesk.adapter.rest.orders;

import java.time.Instant;
import java.util.UUID;

/** The order object of API.md; amounts are decimal strings. */
public record OrderResponse(UUID id, String symbol, String side, String quantity, String price, String notional,
        String fee, String status, Instant createdAt) {
}

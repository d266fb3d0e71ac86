package dev.tradedesk.application.orders.port.in;

import dev.tradedesk.domain.orders.Order;
import java.util.Objects;

/** The order a request placed, or ({@code replayed}) the one its Idempotency-Key placed before. */
public record PlacedOrder(Order order, boolean replayed) {

    public PlacedOrder {
        Objects.requireNonNull(order, "order");
    }
}

package dev.tradedesk.application.orders.port.in;

import dev.tradedesk.domain.orders.Order;
import java.util.List;

/** One page of order history, newest first; {@code nextCursor} is null on the last page. */
public record OrderPage(List<Order> items, String nextCursor) {

    public OrderPage {
        items = List.copyOf(items);
    }
}

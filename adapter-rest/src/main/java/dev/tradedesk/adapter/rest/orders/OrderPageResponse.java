package dev.tradedesk.adapter.rest.orders;

import java.util.List;

/** GET /orders: newest first; {@code next_cursor} is null on the last page. */
public record OrderPageResponse(List<OrderResponse> items, String nextCursor) {
}

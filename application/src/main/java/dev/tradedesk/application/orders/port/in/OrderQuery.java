package dev.tradedesk.application.orders.port.in;

import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.orders.Order;
import java.util.UUID;

/** The caller's own orders. */
public interface OrderQuery {

    /** @throws dev.tradedesk.domain.common.NotFoundException unless it is the caller's order */
    Order order(Actor actor, UUID id);

    /**
     * The caller's orders newest first; needs {@code orders:read}.
     *
     * @param cursor the previous page's {@code nextCursor}, or null for the first page
     * @throws dev.tradedesk.domain.common.ValidationException for a limit outside 1..200 or a foreign cursor
     */
    OrderPage orders(Actor actor, int limit, String cursor);
}

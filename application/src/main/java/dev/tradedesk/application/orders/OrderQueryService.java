package dev.tradedesk.application.orders;

import dev.tradedesk.application.orders.port.in.OrderPage;
import dev.tradedesk.application.orders.port.in.OrderQuery;
import dev.tradedesk.application.orders.port.out.OrderRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.orders.Order;
import java.util.List;
import java.util.UUID;

public final class OrderQueryService implements OrderQuery {

    static final String READ = "orders:read";
    static final int MAX_PAGE = 200;

    private final OrderRepository orders;

    public OrderQueryService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Order order(Actor actor, UUID id) {
        return orders.find(id)
                .filter(order -> !actor.isAnonymous() && order.userId().equals(actor.userId()))
                .orElseThrow(() -> new NotFoundException("Order"));
    }

    @Override
    public OrderPage orders(Actor actor, int limit, String cursor) {
        if (!actor.can(READ) || actor.isAnonymous()) {
            throw new ForbiddenException(READ);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw ValidationException.of("limit", "must be between 1 and " + MAX_PAGE);
        }
        UUID before = cursor == null || cursor.isEmpty() ? null : OrderCursor.decode(cursor);
        List<Order> found = orders.newestFirst(actor.userId(), before, limit + 1);
        if (found.size() <= limit) {
            return new OrderPage(found, null);
        }
        List<Order> page = found.subList(0, limit);
        return new OrderPage(page, OrderCursor.after(page.get(limit - 1).id()));
    }
}

package dev.tradedesk.application.orders.port.out;

import dev.tradedesk.domain.orders.Order;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Filled orders. Writes expect a surrounding transaction. */
public interface OrderRepository {

    void insert(Order order);

    Optional<Order> find(UUID id);

    /**
     * The user's orders newest first (by id: ids are time-ordered), those older than {@code before}
     * (all when null), at most {@code limit}.
     */
    List<Order> newestFirst(UUID userId, UUID before, int limit);
}

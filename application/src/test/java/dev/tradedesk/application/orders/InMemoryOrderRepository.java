package dev.tradedesk.application.orders;

import dev.tradedesk.application.orders.port.out.OrderRepository;
import dev.tradedesk.domain.orders.Order;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link OrderRepository} in memory, for application tests. */
public class InMemoryOrderRepository implements OrderRepository {

    private final Map<UUID, Order> orders = new ConcurrentHashMap<>();

    @Override
    public void insert(Order order) {
        if (orders.putIfAbsent(order.id(), order) != null) {
            throw new IllegalStateException("order " + order.id() + " exists");
        }
    }

    @Override
    public Optional<Order> find(UUID id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public List<Order> newestFirst(UUID userId, UUID before, int limit) {
        return orders.values().stream()
                .filter(order -> order.userId().equals(userId))
                .filter(order -> before == null || order.id().compareTo(before) < 0)
                .sorted(Comparator.comparing(Order::id).reversed())
                .limit(limit)
                .toList();
    }

    public int count() {
        return orders.size();
    }
}

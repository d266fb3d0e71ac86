package dev.tradedesk.adapter.persistence.orders;

import dev.tradedesk.application.orders.port.out.OrderRepository;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.orders.Order;
import dev.tradedesk.domain.orders.OrderSide;
import dev.tradedesk.domain.orders.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Orders in {@code orders}; history pages by {@code (user_id, id desc)} (ids are time-ordered UUIDs). */
public final class JdbcOrderRepository implements OrderRepository {

    private static final String COLUMNS = """
            id, user_id, symbol, side, quantity, price, notional, fee, status, price_as_of, price_source, created_at
            """;

    private static final String INSERT = "insert into orders (" + COLUMNS.strip()
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;

    public JdbcOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every order's statement: parameters by position (no named-parameter parsing on the hot path). */
    @Override
    public void insert(Order order) {
        jdbc.sql(INSERT)
                .param(order.id())
                .param(order.userId())
                .param(order.symbol().value())
                .param(order.side().wireName())
                .param(order.quantity())
                .param(order.price())
                .param(order.notional())
                .param(order.fee())
                .param(order.status().wireName())
                .param(Timestamp.from(order.priceAsOf()))
                .param(order.priceSource())
                .param(Timestamp.from(order.createdAt()))
                .update();
    }

    @Override
    public Optional<Order> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from orders where id = :id").param("id", id)
                .query((rs, n) -> order(rs)).optional();
    }

    @Override
    public List<Order> newestFirst(UUID userId, UUID before, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from orders where user_id = :user and (cast(:before as uuid) is null or id < :before)
                order by id desc limit :limit
                """)
                .param("user", userId)
                .param("before", before)
                .param("limit", limit)
                .query((rs, n) -> order(rs))
                .list();
    }

    private static Order order(ResultSet rs) throws SQLException {
        return new Order(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                new Symbol(rs.getString("symbol")), OrderSide.fromWire(rs.getString("side")),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("price"), rs.getBigDecimal("notional"),
                rs.getBigDecimal("fee"), OrderStatus.fromWire(rs.getString("status")),
                rs.getTimestamp("price_as_of").toInstant(), rs.getString("price_source"),
                rs.getTimestamp("created_at").toInstant());
    }
}

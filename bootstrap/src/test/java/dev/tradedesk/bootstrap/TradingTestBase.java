package dev.tradedesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.bootstrap.HttpApi.Response;
import dev.tradedesk.testsupport.TestServers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Full-application tests of wallets and orders: signed-in users, prices, and the database checks of
 * the ledger's invariants.
 */
abstract class TradingTestBase extends ApplicationTestBase {

    static final String PASSWORD = "marble-canyon-sprout-64";

    @Autowired
    private MarketQuery market;

    record User(UUID id, String token) {
    }

    /**
     * Sets the current price of a symbol on the fake Binance and waits until the application's market
     * data has it, so that the next order fills at that price.
     */
    void price(String symbol, String price) {
        TestBinance.setPrice(symbol, price);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                if (market.price(new Symbol(symbol)).price().compareTo(new BigDecimal(price)) == 0) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // no fresh price yet: keep waiting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the application never saw " + symbol + " at " + price);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Puts every symbol back at its starting price, for the tests that run next. */
    @org.junit.jupiter.api.AfterEach
    void restorePrices() {
        for (String[] symbol : TestBinance.SYMBOLS) {
            price(symbol[0], symbol[2]);
        }
    }

    User newUser(String... roles) {
        String email = HttpApi.uniqueEmail();
        Response registered = api().register(email, PASSWORD);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        UUID id = UUID.fromString(registered.json().get("user").get("id").asString());
        if (roles.length > 0) {
            try (Connection db = TestServers.postgres().connect();
                 PreparedStatement grant = db.prepareStatement("insert into user_roles (user_id, role_name) values (?, ?)")) {
                for (String role : roles) {
                    grant.setObject(1, id);
                    grant.setString(2, role);
                    grant.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            registered = api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", PASSWORD)));
            return new User(id, registered.json().get("access_token").asString());
        }
        return new User(id, registered.json().get("tokens").get("access_token").asString());
    }

    Response order(User user, String symbol, String side, String quantity) {
        return api().post("/api/v1/orders", "{\"symbol\": \"" + symbol + "\", \"side\": \"" + side
                + "\", \"quantity\": \"" + quantity + "\"}", user.token());
    }

    Response orderWithKey(User user, String key, String body) {
        return api().send("POST", "/api/v1/orders", user.token(), "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(body), Map.of("Idempotency-Key", key));
    }

    static List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection db = TestServers.postgres().connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<Map<String, Object>> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal decimal(String sql, Object... params) {
        Object value = rows(sql, params).get(0).values().iterator().next();
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    static long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    /**
     * The ledger's invariants for one wallet: no balance below zero, every balance equal to the sum of
     * its account's entries, every journal balanced in every asset, one journal per order.
     */
    static void assertLedgerAgrees(UUID user) {
        BigDecimal cash = decimal("select free from wallet_balances where user_id = ? and asset = 'USDT'", user);
        assertThat(cash).as("cash").isNotNegative();
        assertThat(decimal("select sum(amount) from ledger_entries where user_id = ? and account = 'cash'", user))
                .as("cash agrees with the ledger").isEqualByComparingTo(cash);
        for (Map<String, Object> position : rows("select symbol, quantity from positions where user_id = ?", user)) {
            BigDecimal quantity = (BigDecimal) position.get("quantity");
            assertThat(quantity).isNotNegative();
            assertThat(decimal("select sum(amount) from ledger_entries where user_id = ? and account = ?", user,
                    "position:" + position.get("symbol"))).as("position").isEqualByComparingTo(quantity);
        }
        for (Map<String, Object> open : rows("select symbol, quantity, collateral from short_positions where user_id = ?", user)) {
            assertThat((BigDecimal) open.get("quantity")).isNotNegative();
            assertThat((BigDecimal) open.get("collateral")).isNotNegative();
            assertThat(decimal("select sum(amount) from ledger_entries where user_id = ? and account = ?", user,
                    "short:" + open.get("symbol"))).as("short").isEqualByComparingTo((BigDecimal) open.get("quantity"));
            assertThat(decimal("select sum(amount) from ledger_entries where user_id = ? and account = ?", user,
                    "collateral:" + open.get("symbol"))).as("collateral")
                    .isEqualByComparingTo((BigDecimal) open.get("collateral"));
        }
        assertThat(rows("""
                select journal_id, asset from ledger_entries where user_id = ?
                group by journal_id, asset having sum(amount) <> 0
                """, user)).as("unbalanced journals").isEmpty();
        assertThat(rows("""
                select o.id from orders o where o.user_id = ?
                  and (select count(distinct e.journal_id) from ledger_entries e where e.order_id = o.id) <> 1
                """, user)).as("orders without exactly one journal").isEmpty();
    }
}

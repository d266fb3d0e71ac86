package dev.tradedesk.adapter.persistence.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.adapter.persistence.wallets.JdbcLedger;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.orders.Order;
import dev.tradedesk.domain.orders.OrderSide;
import dev.tradedesk.domain.orders.OrderStatus;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.LedgerAccount;
import dev.tradedesk.domain.wallets.LedgerEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders of different wallets written at the same time in SERIALIZABLE transactions must not abort each
 * other. The writes of an order (the order, its journal, its idempotency key) check that the order
 * exists; such a check reads an index page and leaves a predicate lock on it. When the check read
 * {@code orders_pkey}, whose rightmost page receives every new (time-ordered) order, each order locked
 * the page every concurrent order wrote to, and PostgreSQL aborted some of them (migration V8).
 *
 * <p>Three transactions for three wallets are interleaved by hand and run without retries: each writes
 * an order, posts its journal and completes its key, then they commit in reverse order. With the checks
 * on {@code orders_pkey} the middle one fails with a serialization failure (T1 read what T2 and T3
 * wrote, T2 read what T3 wrote, T3 committed first); with them on the user's part of
 * {@code orders_user_newest_idx} all three commit. Other wallets' orders fill that index first, so the
 * three users' entries are pages apart, as they are in a database with real traffic.
 */
class ConcurrentOrderWritesTest {

    private static final int OTHER_WALLETS = 1500;
    private static final Symbol BTCUSDT = new Symbol("BTCUSDT");

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcOrderRepository orders = new JdbcOrderRepository(db.jdbc());
    private final JdbcLedger ledger = new JdbcLedger(db.template());
    private final JdbcIdempotencyKeys keys = new JdbcIdempotencyKeys(db.jdbc());
    private final List<UUID> users = new ArrayList<>();

    @AfterEach
    void deleteUsers() {
        db.jdbc().sql("delete from users where id in (:ids)").param("ids", users).update();
    }

    @Test
    void orders_of_different_wallets_written_at_once_do_not_abort_each_other() throws Exception {
        seedOtherWallets();
        // users far apart in the order of the index, each with cash and a position, as after earlier orders
        List<UUID> traders = List.of(userFrom("20"), userFrom("80"), userFrom("e0"));
        traders.forEach(this::fundedWallet);
        Instant at = Instant.now();
        UUID claim = UUID.randomUUID();
        for (UUID trader : traders) {
            db.tx().inTransaction(() -> keys.claim(trader, "key-1", "fingerprint", claim, at, at.plusSeconds(60),
                    at.minusSeconds(86_400)));
        }

        TransactionTemplate serializable = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
        serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        ExecutorService threads = Executors.newFixedThreadPool(traders.size());
        try {
            List<CountDownLatch> written = new ArrayList<>();
            List<CountDownLatch> commit = new ArrayList<>();
            List<CompletableFuture<Order>> results = new ArrayList<>();
            for (UUID trader : traders) {
                CountDownLatch wrote = new CountDownLatch(1);
                CountDownLatch mayCommit = new CountDownLatch(1);
                written.add(wrote);
                commit.add(mayCommit);
                results.add(CompletableFuture.supplyAsync(() -> serializable.execute(status -> {
                    Order order = buy(trader, at);
                    orders.insert(order);
                    ledger.post(journalOf(order));
                    assertThat(keys.complete(trader, "key-1", claim, order.id())).isTrue();
                    wrote.countDown();
                    await(mayCommit);
                    return order;
                }), threads));
                // the next transaction starts once this one has written and read all it will
                assertThat(wrote.await(30, TimeUnit.SECONDS)).as("written").isTrue();
            }
            for (int i = traders.size() - 1; i >= 0; i--) {
                commit.get(i).countDown();
                try {
                    results.get(i).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw new AssertionError("the order of wallet " + (i + 1) + " of " + traders.size()
                            + " was aborted: " + e.getCause(), e.getCause());
                }
            }
            for (int i = 0; i < traders.size(); i++) {
                Order order = results.get(i).get();
                assertThat(orders.find(order.id())).contains(order);
                assertThat(keys.find(traders.get(i), "key-1").orElseThrow().orderId()).contains(order.id());
                assertThat(ledger.sums(traders.get(i))).containsEntry("cash/USDT", new BigDecimal("989.99"));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void an_entry_or_a_key_cannot_name_another_users_order() {
        UUID owner = userFrom("40");
        UUID other = userFrom("c0");
        fundedWallet(owner);
        fundedWallet(other);
        Order order = buy(owner, Instant.now());
        db.tx().inTransaction(() -> orders.insert(order));
        Journal foreign = new Journal(Ids.newId(Clock.systemUTC()), other, order.id(), "someone else's order", List.of(
                new LedgerEntry(LedgerAccount.CASH, "USDT", new BigDecimal("-1")),
                new LedgerEntry(LedgerAccount.FEES, "USDT", BigDecimal.ONE)), Instant.now());
        Instant now = Instant.now();
        UUID claim = UUID.randomUUID();
        db.tx().inTransaction(() -> keys.claim(other, "key-2", "fingerprint", claim, now, now.plusSeconds(60),
                now.minusSeconds(86_400)));

        assertThatThrownBy(() -> db.tx().inTransaction(() -> ledger.post(foreign)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> db.tx().inTransaction(() -> keys.complete(other, "key-2", claim, order.id())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(ledger.sums(other)).containsEntry("cash/USDT", new BigDecimal("1000"));
        assertThat(keys.find(other, "key-2").orElseThrow().orderId()).isEmpty();
    }

    /** A user id whose first byte is the given hex byte (the rest random), with its user row. */
    private UUID userFrom(String firstByte) {
        UUID random = UUID.randomUUID();
        UUID id = new UUID(Long.parseUnsignedLong(firstByte, 16) << 56 | (random.getMostSignificantBits() >>> 8),
                random.getLeastSignificantBits());
        db.jdbc().sql("insert into users (id, email, created_at, updated_at) values (:id, :email, now(), now())")
                .param("id", id)
                .param("email", "concurrent-orders-" + id + "@example.com")
                .update();
        users.add(id);
        return id;
    }

    /** A wallet with 1,000 USDT and 0.01 BTC, posted through the ledger as orders would have left it. */
    private void fundedWallet(UUID user) {
        db.jdbc().sql("insert into wallets (user_id, currency, created_at) values (:user, 'USDT', now())")
                .param("user", user).update();
        db.tx().inTransaction(() -> ledger.post(Journal.funding(Ids.newId(Clock.systemUTC()), user, "USDT",
                new BigDecimal("1000"), "starting balance", Instant.now())));
        db.tx().inTransaction(() -> ledger.post(new Journal(Ids.newId(Clock.systemUTC()), user, null, "opening position",
                List.of(new LedgerEntry(LedgerAccount.position(BTCUSDT), "BTC", new BigDecimal("0.01")),
                        new LedgerEntry(LedgerAccount.EXTERNAL, "BTC", new BigDecimal("-0.01"))), Instant.now())));
    }

    /** Other users' wallets, balances, positions and an order each, in one statement. */
    private void seedOtherWallets() {
        List<UUID> ids = db.jdbc().sql("""
                with u as (
                    insert into users (id, email, created_at, updated_at)
                    select id, 'concurrent-orders-' || id || '@example.com', now(), now()
                    from (select gen_random_uuid() as id from generate_series(1, :count)) g
                    returning id
                ), w as (
                    insert into wallets (user_id, currency, created_at) select id, 'USDT', now() from u returning user_id
                ), b as (
                    insert into wallet_balances (user_id, asset, free) select user_id, 'USDT', 1000 from w
                ), p as (
                    insert into positions (user_id, symbol, asset, quantity) select user_id, 'BTCUSDT', 'BTC', 1 from w
                ), o as (
                    insert into orders (id, user_id, symbol, side, quantity, price, notional, fee, status, price_as_of,
                                        price_source, created_at)
                    select gen_random_uuid(), user_id, 'BTCUSDT', 'buy', 1, 1, 1, 0, 'filled', now(), 'test', now() from w
                )
                select id from u
                """)
                .param("count", OTHER_WALLETS)
                .query(UUID.class)
                .list();
        users.addAll(ids);
        db.jdbc().sql("analyze orders").update();
    }

    /** A buy of 0.0002 BTC at 50,000 USDT with a fee of 0.01, ids time-ordered as the service makes them. */
    private static Order buy(UUID user, Instant at) {
        return new Order(Ids.newId(Clock.fixed(at, ZoneOffset.UTC)), user, BTCUSDT, OrderSide.BUY,
                new BigDecimal("0.0002"), new BigDecimal("50000"), new BigDecimal("10"), new BigDecimal("0.01"),
                OrderStatus.FILLED, at, "test", at);
    }

    private static Journal journalOf(Order order) {
        return new Journal(order.id(), order.userId(), order.id(), "buy 0.0002 BTCUSDT", List.of(
                new LedgerEntry(LedgerAccount.CASH, "USDT", new BigDecimal("-10.01")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "USDT", new BigDecimal("10")),
                new LedgerEntry(LedgerAccount.FEES, "USDT", new BigDecimal("0.01")),
                new LedgerEntry(LedgerAccount.position(BTCUSDT), "BTC", new BigDecimal("0.0002")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "BTC", new BigDecimal("-0.0002"))), order.createdAt());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released to commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.tradedesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bank-style invariants under real parallel HTTP requests against PostgreSQL: whatever interleaving
 * the SERIALIZABLE transactions get, no balance or position goes below zero, the ledger agrees with
 * the balances, and every accepted order took effect exactly once (and every refused one not at all).
 */
class OrderConcurrencyTest extends TradingTestBase {

    private static final Set<String> REFUSALS = Set.of("insufficient_funds", "insufficient_position", "overloaded");

    @BeforeEach
    void prices() {
        price("BTCUSDT", "60000");
        price("ETHUSDT", "3000");
    }

    private record Placed(User user, String side, String quantity, Response response) {
    }

    /** Runs every call at once (a start gate), and waits for all of them. */
    private static <T> List<T> inParallel(List<Supplier<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.get();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Supplier<Placed> call(User user, String side, String quantity) {
        return () -> new Placed(user, side, quantity, order(user, "BTCUSDT", side, quantity));
    }

    /** A mixed batch for one wallet: buys, sells, shorts and close_shorts, more than the cash covers. */
    private List<Supplier<Placed>> mixedBatch(User user, int buys, int sells, int shorts, int closes) {
        List<Supplier<Placed>> calls = new ArrayList<>();
        for (int i = 0; i < Math.max(Math.max(buys, sells), Math.max(shorts, closes)); i++) {
            if (i < buys) {
                calls.add(call(user, "buy", "0.02"));
            }
            if (i < sells) {
                calls.add(call(user, "sell", "0.01"));
            }
            if (i < shorts) {
                calls.add(call(user, "short", "0.02"));
            }
            if (i < closes) {
                calls.add(call(user, "close_short", "0.01"));
            }
        }
        return calls;
    }

    /**
     * Checks one wallet after a batch: each 201 is exactly one stored order with one journal, each refusal
     * stored nothing, and the balances are what the accepted orders add up to.
     */
    private static int assertExactlyOnce(User user, List<Placed> placed) {
        List<Placed> accepted = new ArrayList<>();
        for (Placed p : placed) {
            Response r = p.response();
            if (r.status() == 201) {
                accepted.add(p);
            } else {
                assertThat(r.status()).as(r.body()).isIn(422, 503);
                assertThat(r.json().get("code").asString()).as(r.body()).isIn(REFUSALS);
            }
        }
        Set<String> acceptedIds = new HashSet<>();
        accepted.forEach(p -> acceptedIds.add(p.response().json().get("id").asString()));
        assertThat(acceptedIds).as("distinct orders").hasSize(accepted.size());
        Set<String> stored = new HashSet<>();
        rows("select id::text as id from orders where user_id = ?", user.id()).forEach(r -> stored.add((String) r.get("id")));
        assertThat(stored).as("stored orders are exactly the accepted ones").isEqualTo(acceptedIds);

        BigDecimal held = BigDecimal.ZERO;
        BigDecimal owed = BigDecimal.ZERO;
        BigDecimal cashAndLocked = new BigDecimal("10000");
        for (Placed p : accepted) {
            JsonNode order = p.response().json();
            BigDecimal quantity = new BigDecimal(order.get("quantity").asString());
            BigDecimal notional = new BigDecimal(order.get("notional").asString());
            BigDecimal fee = new BigDecimal(order.get("fee").asString());
            switch (order.get("side").asString()) {
                case "buy" -> {
                    held = held.add(quantity);
                    cashAndLocked = cashAndLocked.subtract(notional).subtract(fee);
                }
                case "sell" -> {
                    held = held.subtract(quantity);
                    cashAndLocked = cashAndLocked.add(notional).subtract(fee);
                }
                case "short" -> {
                    owed = owed.add(quantity);
                    cashAndLocked = cashAndLocked.add(notional).subtract(fee);
                }
                default -> {
                    owed = owed.subtract(quantity);
                    cashAndLocked = cashAndLocked.subtract(notional).subtract(fee);
                }
            }
        }
        BigDecimal cash = decimal("select free from wallet_balances where user_id = ? and asset = 'USDT'", user.id());
        BigDecimal locked = decimal("select coalesce(sum(collateral), 0) from short_positions where user_id = ?", user.id());
        assertThat(cash.add(locked)).as("cash plus collateral").isEqualByComparingTo(cashAndLocked);
        assertThat(decimal("select coalesce(sum(quantity), 0) from positions where user_id = ?", user.id()))
                .as("position").isEqualByComparingTo(held);
        assertThat(decimal("select coalesce(sum(quantity), 0) from short_positions where user_id = ?", user.id()))
                .as("short").isEqualByComparingTo(owed);
        assertLedgerAgrees(user.id());
        return accepted.size();
    }

    @RepeatedTest(2)
    void sixty_parallel_mixed_orders_on_one_wallet_keep_every_invariant() throws Exception {
        User user = newUser();
        api().get("/api/v1/wallet", user.token());
        // 20 buys of 1200 + fee would need 24024: at most 8 fit, less what shorts take.
        List<Placed> placed = inParallel(mixedBatch(user, 20, 15, 15, 10));
        assertThat(placed).hasSize(60);
        int accepted = assertExactlyOnce(user, placed);
        assertThat(accepted).isPositive();
        assertThat(placed.stream().filter(p -> p.response().status() == 422
                && "insufficient_funds".equals(p.response().json().get("code").asString())))
                .as("the cash runs out").isNotEmpty();
    }

    @Test
    void sixty_parallel_orders_across_twelve_new_wallets_keep_every_invariant() throws Exception {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            users.add(newUser());
        }
        List<Supplier<Placed>> calls = new ArrayList<>();
        for (User user : users) {
            calls.addAll(mixedBatch(user, 2, 1, 1, 1)); // wallets are created by the racing first orders
        }
        List<Placed> placed = inParallel(calls);
        assertThat(placed).hasSize(60);
        Map<User, List<Placed>> byUser = new HashMap<>();
        placed.forEach(p -> byUser.computeIfAbsent(p.user(), u -> new ArrayList<>()).add(p));
        int accepted = 0;
        for (User user : users) {
            assertThat(count("select count(*) from wallets where user_id = ?", user.id())).isEqualTo(1);
            assertThat(count("select count(*) from ledger_entries where user_id = ? and account = 'external'", user.id()))
                    .as("funded once").isEqualTo(1);
            accepted += assertExactlyOnce(user, byUser.get(user));
        }
        assertThat(accepted).isGreaterThanOrEqualTo(12);
    }

    @Test
    void parallel_replays_of_one_idempotency_key_place_one_order() throws Exception {
        User user = newUser();
        api().get("/api/v1/wallet", user.token());
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        List<Supplier<Map.Entry<String, Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (String key : keys) {
                calls.add(() -> Map.entry(key, orderWithKey(user, key,
                        "{\"symbol\": \"ETHUSDT\", \"side\": \"buy\", \"quantity\": \"0.1\"}")));
            }
        }
        List<Map.Entry<String, Response>> results = inParallel(calls);
        for (String key : keys) {
            Set<String> ids = new HashSet<>();
            for (Map.Entry<String, Response> result : results) {
                if (!result.getKey().equals(key)) {
                    continue;
                }
                Response r = result.getValue();
                if (r.status() == 201) {
                    ids.add(r.json().get("id").asString());
                } else {
                    assertThat(r.status()).as(r.body()).isEqualTo(409);
                    assertThat(r.json().get("code").asString()).isEqualTo("idempotency_in_progress");
                }
            }
            assertThat(ids).as("every success is the same order").hasSize(1);
            Response replay = orderWithKey(user, key, "{\"symbol\": \"ETHUSDT\", \"side\": \"buy\", \"quantity\": \"0.1\"}");
            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.json().get("id").asString()).isEqualTo(ids.iterator().next());
        }
        assertThat(count("select count(*) from orders where user_id = ?", user.id())).as("one order per key").isEqualTo(3);
        assertThat(decimal("select quantity from positions where user_id = ? and symbol = 'ETHUSDT'", user.id()))
                .isEqualByComparingTo("0.3");
        assertLedgerAgrees(user.id());
    }
}

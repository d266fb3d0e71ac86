package dev.tradedesk.application.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.market.InMemoryMarketQuery;
import dev.tradedesk.application.orders.port.in.IdempotencyKey;
import dev.tradedesk.application.orders.port.in.PlaceOrderCommand;
import dev.tradedesk.application.orders.port.in.PlacedOrder;
import dev.tradedesk.application.wallets.InMemoryWallets;
import dev.tradedesk.application.wallets.WalletQueryService;
import dev.tradedesk.application.wallets.WalletSettings;
import dev.tradedesk.application.wallets.Wallets;
import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import dev.tradedesk.domain.orders.IdempotencyInProgressException;
import dev.tradedesk.domain.orders.IdempotencyKeyReusedException;
import dev.tradedesk.domain.orders.InvalidQuantityException;
import dev.tradedesk.domain.orders.Order;
import dev.tradedesk.domain.orders.SymbolNotTradableException;
import dev.tradedesk.domain.wallets.InsufficientFundsException;
import dev.tradedesk.domain.wallets.InsufficientPositionException;
import dev.tradedesk.domain.wallets.LedgerAccount;
import dev.tradedesk.domain.wallets.Wallet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaceOrderServiceTest {

    private static final Symbol BTC = new Symbol("BTCUSDT");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryMarketQuery market = new InMemoryMarketQuery(clock, Duration.ofSeconds(10));
    private final InMemoryWallets store = new InMemoryWallets();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final Wallets wallets = new Wallets(store, store, tx, WalletSettings.DEFAULT, clock);
    private final PlaceOrderService service = new PlaceOrderService(market, wallets, store, store, orders, keys, tx,
            OrderSettings.DEFAULT, clock);
    private final OrderQueryService query = new OrderQueryService(orders);
    private final WalletQueryService walletQuery = new WalletQueryService(wallets, store, market, clock);

    private final UUID userId = UUID.randomUUID();
    private final Actor user = new Actor(userId, UUID.randomUUID(), Set.of("user"), Set.of("orders:place", "orders:read"));

    @BeforeEach
    void market() {
        store.addUser(userId);
        market.list(InMemoryMarketQuery.trading("BTCUSDT", "BTC", "USDT"));
        market.list(InMemoryMarketQuery.trading("ETHBTC", "ETH", "BTC"));
        market.setPrice("BTCUSDT", "60000");
    }

    private Order place(String side, String quantity) {
        return service.place(user, PlaceOrderCommand.of("BTCUSDT", side, quantity, false), null).order();
    }

    private Wallet wallet() {
        return store.find(userId).orElseThrow();
    }

    private void assertLedgerAgrees() {
        Wallet wallet = wallet();
        Map<String, BigDecimal> sums = store.sums(userId);
        assertThat(sums.get(Ledger.key(LedgerAccount.CASH, "USDT"))).isEqualByComparingTo(wallet.cash());
        BigDecimal total = sums.entrySet().stream().filter(e -> e.getKey().endsWith("/USDT"))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).as("every journal balances").isZero();
    }

    @Test
    void buy_pays_notional_and_fee_and_sell_returns_notional_less_fee() {
        Order buy = place("buy", "0.01");
        assertThat(buy.price()).isEqualByComparingTo("60000");
        assertThat(buy.notional()).isEqualByComparingTo("600");
        assertThat(buy.fee()).isEqualByComparingTo("0.6");
        assertThat(wallet().cash()).isEqualByComparingTo("9399.4");
        assertThat(wallet().position(BTC)).hasValueSatisfying(p -> {
            assertThat(p.quantity()).isEqualByComparingTo("0.01");
            assertThat(p.averagePrice()).isEqualByComparingTo("60000");
        });

        market.setPrice("BTCUSDT", "66000");
        place("buy", "0.01");
        assertThat(wallet().position(BTC).orElseThrow().averagePrice()).isEqualByComparingTo("63000");

        Order sell = place("sell", "0.015");
        assertThat(sell.notional()).isEqualByComparingTo("990");
        assertThat(sell.fee()).isEqualByComparingTo("0.99");
        assertThat(wallet().cash()).isEqualByComparingTo(new BigDecimal("9399.4").subtract(new BigDecimal("660.66"))
                .add(new BigDecimal("989.01")));
        assertThat(wallet().position(BTC).orElseThrow().quantity()).isEqualByComparingTo("0.005");
        assertLedgerAgrees();
    }

    @Test
    void short_locks_proceeds_and_margin_and_close_short_releases_the_rest() {
        Order sold = place("short", "0.1");
        assertThat(sold.notional()).isEqualByComparingTo("6000");
        assertThat(sold.fee()).isEqualByComparingTo("6");
        assertThat(wallet().cash()).isEqualByComparingTo("6994"); // 10000 - margin 3000 - fee 6
        assertThat(wallet().shortOf(BTC)).hasValueSatisfying(s -> {
            assertThat(s.quantity()).isEqualByComparingTo("0.1");
            assertThat(s.entryPrice()).isEqualByComparingTo("60000");
            assertThat(s.collateral()).isEqualByComparingTo("9000");
        });

        market.setPrice("BTCUSDT", "50000");
        place("close_short", "0.04"); // releases 3600, pays 2000 + fee 2
        assertThat(wallet().cash()).isEqualByComparingTo("8592");
        assertThat(wallet().shortOf(BTC).orElseThrow().collateral()).isEqualByComparingTo("5400");
        place("close_short", "0.06"); // releases 5400, pays 3000 + fee 3
        assertThat(wallet().cash()).isEqualByComparingTo("10989");
        assertThat(wallet().shorts()).isEmpty();
        assertLedgerAgrees();

        assertThatThrownBy(() -> place("close_short", "0.01")).isInstanceOf(InsufficientPositionException.class);
    }

    @Test
    void a_short_that_went_badly_is_closed_with_cash_or_refused() {
        place("short", "0.1"); // cash 6994, collateral 9000
        market.setPrice("BTCUSDT", "100000"); // buying back costs 10000 + fee 10
        place("close_short", "0.1");
        assertThat(wallet().cash()).isEqualByComparingTo("5984");
        assertLedgerAgrees();
    }

    @Test
    void refuses_what_the_wallet_cannot_afford_and_writes_nothing() {
        assertThatThrownBy(() -> place("buy", "0.2")).isInstanceOf(InsufficientFundsException.class)
                .hasMessageContaining("12012");
        assertThatThrownBy(() -> place("sell", "0.001")).isInstanceOf(InsufficientPositionException.class);
        assertThatThrownBy(() -> place("short", "0.4")).isInstanceOf(InsufficientFundsException.class);
        assertThat(orders.count()).isZero();
        assertThat(wallet().cash()).isEqualByComparingTo("10000");
    }

    @Test
    void checks_the_quantity_against_the_lot_size_and_the_minimum_notional() {
        assertThatThrownBy(() -> place("buy", "0.000000001")).isInstanceOf(ValidationException.class)
                .as("more than 8 decimals is not even an amount");
        assertThatThrownBy(() -> place("buy", "0.000015")).isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("step size");
        assertThatThrownBy(() -> place("buy", "9001")).isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("at most 9000");
        assertThatThrownBy(() -> place("buy", "0.00005")).isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("at least 5 USDT");
        assertThat(orders.count()).isZero();
    }

    @Test
    void a_stale_or_missing_price_ends_the_order_with_nothing_written() {
        clock.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> place("buy", "0.01")).isInstanceOf(PriceUnavailableException.class);
        market.down();
        assertThatThrownBy(() -> place("buy", "0.01")).isInstanceOf(PriceUnavailableException.class);
        assertThat(orders.count()).isZero();
        assertThat(store.find(userId)).as("not even the wallet").isEmpty();
    }

    @Test
    void symbols_that_cannot_be_traded_here_are_refused() {
        assertThatThrownBy(() -> service.place(user, PlaceOrderCommand.of("NOPEUSDT", "buy", "1", false), null))
                .isInstanceOf(SymbolNotTradableException.class);
        assertThatThrownBy(() -> service.place(user, PlaceOrderCommand.of("ETHBTC", "buy", "1", false), null))
                .isInstanceOf(SymbolNotTradableException.class);
        market.list(new SymbolInfo(BTC, "BTC", "USDT", SymbolStatus.HALT, Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThatThrownBy(() -> place("buy", "0.01")).isInstanceOf(SymbolNotTradableException.class);
    }

    @Test
    void needs_the_permission() {
        Actor reader = new Actor(userId, null, Set.of(), Set.of("orders:read"));
        assertThatThrownBy(() -> service.place(reader, PlaceOrderCommand.of("BTCUSDT", "buy", "0.01", false), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.place(Actor.anonymous(Set.of("orders:place")),
                PlaceOrderCommand.of("BTCUSDT", "buy", "0.01", false), null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_idempotency_key_replays_the_first_order_and_executes_nothing_again() {
        IdempotencyKey key = new IdempotencyKey("key-1");
        PlacedOrder first = service.place(user, PlaceOrderCommand.of("BTCUSDT", "buy", "0.01", false), key);
        market.setPrice("BTCUSDT", "70000");
        PlacedOrder again = service.place(user, PlaceOrderCommand.of("btcusdt", "buy", "0.010", true), key);
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.order()).isEqualTo(first.order());
        assertThat(orders.count()).isEqualTo(1);
        assertThat(wallet().cash()).isEqualByComparingTo("9399.4");

        assertThatThrownBy(() -> service.place(user, PlaceOrderCommand.of("BTCUSDT", "buy", "0.02", false), key))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        Actor other = new Actor(UUID.randomUUID(), null, Set.of(), Set.of("orders:place"));
        store.addUser(other.userId());
        assertThat(service.place(other, PlaceOrderCommand.of("BTCUSDT", "buy", "0.02", false), key).replayed())
                .as("keys are per user").isFalse();
    }

    @Test
    void a_key_whose_request_failed_can_be_used_again_and_one_in_flight_is_409() {
        IdempotencyKey key = new IdempotencyKey("key-2");
        assertThatThrownBy(() -> service.place(user, PlaceOrderCommand.of("BTCUSDT", "buy", "1", false), key))
                .isInstanceOf(InsufficientFundsException.class);
        assertThat(service.place(user, PlaceOrderCommand.of("BTCUSDT", "buy", "0.01", false), key).replayed()).isFalse();

        PlaceOrderCommand command = PlaceOrderCommand.of("BTCUSDT", "buy", "0.01", false);
        keys.claim(userId, "in-flight", command.fingerprint(), UUID.randomUUID(), clock.instant(),
                clock.instant().plusSeconds(60), clock.instant().minusSeconds(86400));
        assertThatThrownBy(() -> service.place(user, command, new IdempotencyKey("in-flight")))
                .isInstanceOf(IdempotencyInProgressException.class);
        clock.advance(Duration.ofSeconds(61));
        market.setPrice("BTCUSDT", "60000");
        assertThat(service.place(user, command, new IdempotencyKey("in-flight")).replayed())
                .as("a crashed request's key is taken over after its lease").isFalse();
    }

    @Test
    void lists_own_orders_newest_first_with_a_cursor_and_hides_others() {
        for (int i = 0; i < 5; i++) {
            place("buy", "0.001");
            clock.advance(Duration.ofMillis(5));
            market.setPrice("BTCUSDT", "60000");
        }
        var first = query.orders(user, 2, null);
        assertThat(first.items()).hasSize(2);
        var second = query.orders(user, 2, first.nextCursor());
        var third = query.orders(user, 2, second.nextCursor());
        assertThat(third.items()).hasSize(1);
        assertThat(third.nextCursor()).isNull();
        assertThat(first.items().get(0).id()).isGreaterThan(first.items().get(1).id());
        assertThat(second.items().get(0).id()).isLessThan(first.items().get(1).id());
        assertThatThrownBy(() -> query.orders(user, 0, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> query.orders(user, 2, "bogus")).isInstanceOf(ValidationException.class);

        Order mine = first.items().get(0);
        assertThat(query.order(user, mine.id())).isEqualTo(mine);
        Actor other = new Actor(UUID.randomUUID(), null, Set.of(), Set.of("orders:read"));
        assertThatThrownBy(() -> query.order(other, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> query.orders(new Actor(userId, null, Set.of(), Set.of()), 2, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_wallet_view_values_positions_and_shorts_at_the_newest_prices() {
        place("buy", "0.1");   // cash 10000 - 6006 = 3994
        place("short", "0.05"); // cash - 1500 - 3 = 2491, collateral 4500
        market.setPrice("BTCUSDT", "61000");
        var view = walletQuery.wallet(user);
        // 2491 + 4500 + 0.1 * 61000 - 0.05 * 61000
        assertThat(view.equity()).isEqualByComparingTo("10041");
        assertThat(view.wallet().locked()).isEqualByComparingTo("4500");
        assertThat(view.asOf()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> walletQuery.wallet(user, UUID.randomUUID())).isInstanceOf(ForbiddenException.class);
    }
}

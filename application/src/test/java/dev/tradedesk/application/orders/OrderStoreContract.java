package dev.tradedesk.application.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import dev.tradedesk.application.orders.port.out.OrderRepository;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.orders.Order;
import dev.tradedesk.domain.orders.OrderSide;
import dev.tradedesk.domain.orders.OrderStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderRepository} and {@link IdempotencyKeys} must do; each implementation's test
 * extends this.
 */
public abstract class OrderStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    protected abstract OrderRepository orders();

    protected abstract IdempotencyKeys keys();

    /** A new user with a wallet (orders belong to wallets). */
    protected abstract UUID newUserWithWallet();

    protected abstract void inTransaction(Runnable work);

    private Order order(UUID user, Instant at) {
        return new Order(Ids.newId(Clock.fixed(at, ZoneOffset.UTC)), user, new Symbol("BTCUSDT"), OrderSide.BUY,
                new BigDecimal("0.015"), new BigDecimal("64012.55"), new BigDecimal("960.18825"), new BigDecimal("0.96018825"),
                OrderStatus.FILLED, at.minusMillis(300), "binance", at);
    }

    private Order stored(UUID user, Instant at) {
        Order order = order(user, at);
        inTransaction(() -> orders().insert(order));
        return order;
    }

    @Test
    void stores_and_finds_orders_exactly() {
        UUID user = newUserWithWallet();
        Order order = stored(user, NOW);
        assertThat(orders().find(order.id())).contains(order);
        assertThat(orders().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void pages_a_users_orders_newest_first() {
        UUID user = newUserWithWallet();
        UUID other = newUserWithWallet();
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(stored(user, NOW.plusSeconds(i)));
        }
        stored(other, NOW.plusSeconds(10));

        List<Order> first = orders().newestFirst(user, null, 3);
        assertThat(first).containsExactly(placed.get(4), placed.get(3), placed.get(2));
        assertThat(orders().newestFirst(user, first.get(2).id(), 3)).containsExactly(placed.get(1), placed.get(0));
        assertThat(orders().newestFirst(user, placed.get(0).id(), 3)).isEmpty();
    }

    @Test
    void a_key_is_claimed_once_completed_with_the_order_and_replayable() {
        UUID user = newUserWithWallet();
        UUID token = UUID.randomUUID();
        Instant lease = NOW.plusSeconds(60);
        Instant expired = NOW.minus(Duration.ofHours(24));
        assertThat(keys().claim(user, "k1", "fp", token, NOW, lease, expired)).isTrue();
        assertThat(keys().claim(user, "k1", "fp", UUID.randomUUID(), NOW, lease, expired)).isFalse();
        assertThat(keys().claim(user, "k1", "other", UUID.randomUUID(), NOW, lease, expired)).isFalse();
        assertThat(keys().find(user, "k1")).hasValueSatisfying(e -> {
            assertThat(e.fingerprint()).isEqualTo("fp");
            assertThat(e.completed()).isFalse();
        });
        UUID otherUser = newUserWithWallet();
        assertThat(keys().claim(otherUser, "k1", "fp", UUID.randomUUID(), NOW, lease, expired))
                .as("keys are per user").isTrue();

        Order order = stored(user, NOW);
        assertThat(keys().complete(user, "k1", UUID.randomUUID(), order.id())).as("someone else's claim").isFalse();
        assertThat(keys().complete(user, "k1", token, order.id())).isTrue();
        assertThat(keys().complete(user, "k1", token, order.id())).as("only once").isFalse();
        assertThat(keys().find(user, "k1")).hasValueSatisfying(e -> assertThat(e.orderId()).contains(order.id()));
        keys().release(user, "k1", token);
        assertThat(keys().find(user, "k1")).as("a completed key is not released").isPresent();
        assertThat(keys().claim(user, "k1", "fp", UUID.randomUUID(), NOW.plusSeconds(120), lease.plusSeconds(120), expired))
                .as("a completed key is never taken over").isFalse();
    }

    @Test
    void a_released_key_can_be_claimed_again() {
        UUID user = newUserWithWallet();
        UUID token = UUID.randomUUID();
        assertThat(keys().claim(user, "k2", "fp", token, NOW, NOW.plusSeconds(60), NOW.minusSeconds(86400))).isTrue();
        keys().release(user, "k2", UUID.randomUUID());
        assertThat(keys().find(user, "k2")).as("released only by its claim").isPresent();
        keys().release(user, "k2", token);
        assertThat(keys().find(user, "k2")).isEmpty();
        assertThat(keys().claim(user, "k2", "other", UUID.randomUUID(), NOW, NOW.plusSeconds(60), NOW.minusSeconds(86400)))
                .isTrue();
    }

    @Test
    void a_crashed_claim_is_taken_over_after_its_lease_by_the_same_request_only() {
        UUID user = newUserWithWallet();
        UUID crashed = UUID.randomUUID();
        Instant expired = NOW.minus(Duration.ofHours(24));
        assertThat(keys().claim(user, "k3", "fp", crashed, NOW, NOW.plusSeconds(60), expired)).isTrue();
        Instant later = NOW.plusSeconds(61);
        assertThat(keys().claim(user, "k3", "different", UUID.randomUUID(), later, later.plusSeconds(60), expired)).isFalse();
        UUID takeover = UUID.randomUUID();
        assertThat(keys().claim(user, "k3", "fp", takeover, later, later.plusSeconds(60), expired)).isTrue();
        Order order = stored(user, NOW);
        assertThat(keys().complete(user, "k3", crashed, order.id())).as("the crashed claim lost the key").isFalse();
        assertThat(keys().complete(user, "k3", takeover, order.id())).isTrue();
    }

    @Test
    void keys_expire_after_the_retention_and_are_purged() {
        UUID user = newUserWithWallet();
        assertThat(keys().claim(user, "k4", "fp", UUID.randomUUID(), NOW, NOW.plusSeconds(60), NOW.minusSeconds(86400))).isTrue();
        Order order = stored(user, NOW);
        assertThat(keys().find(user, "k4")).isPresent();
        UUID token = UUID.randomUUID();
        Instant dayLater = NOW.plus(Duration.ofHours(25));
        assertThat(keys().claim(user, "k4", "new", token, dayLater, dayLater.plusSeconds(60), dayLater.minus(Duration.ofHours(24))))
                .as("an expired key is forgotten").isTrue();
        assertThat(keys().complete(user, "k4", token, order.id())).isTrue();

        assertThat(keys().claim(user, "k5", "fp", UUID.randomUUID(), NOW, NOW.plusSeconds(60), NOW.minusSeconds(86400))).isTrue();
        assertThat(keys().purgeCreatedBefore(NOW.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(keys().find(user, "k5")).isEmpty();
        assertThat(keys().find(user, "k4")).as("created after the cut").isPresent();
    }
}

package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TickerFanout} must do; each implementation's test extends this. {@link #node()}
 * gives one node's view of a bus shared by every node the test creates, so a test can publish on one
 * node and listen on others. Delivery may be asynchronous: the contract waits for it, with a deadline.
 */
public abstract class TickerFanoutContract {

    protected static final Duration DEADLINE = Duration.ofSeconds(10);

    /** A new node on the test's bus; the test closes what it creates when it is {@link AutoCloseable}. */
    protected abstract TickerFanout node();

    @Test
    void every_subscriber_on_every_node_receives_each_tick_exactly_as_published() throws Exception {
        TickerFanout publisher = node();
        TickerFanout other = node();
        List<PriceTick> onPublisher = new CopyOnWriteArrayList<>();
        List<PriceTick> onOther = new CopyOnWriteArrayList<>();
        List<PriceTick> onOtherToo = new CopyOnWriteArrayList<>();
        publisher.subscribe(onPublisher::add);
        other.subscribe(onOther::add);
        other.subscribe(onOtherToo::add);

        PriceTick full = tick("BTCUSDT", "64123.45000000", Instant.parse("2026-11-21T10:00:00.123456789Z"));
        PriceTick bare = new PriceTick(new Symbol("BNBBTC"), new BigDecimal("4.00000200"), new BigDecimal("-95.960"),
                new BigDecimal("0E-8"), Optional.empty(), Optional.empty(), Instant.ofEpochMilli(1499869899040L),
                "binance");
        publisher.publish(full);
        publisher.publish(bare);

        await(() -> onPublisher.size() == 2 && onOther.size() == 2 && onOtherToo.size() == 2);
        assertThat(onPublisher).as("the publishing node hears itself").containsExactly(full, bare);
        assertThat(onOther).containsExactly(full, bare);
        assertThat(onOtherToo).containsExactly(full, bare);
        assertThat(onOther.get(0).price().scale()).as("scale kept").isEqualTo(8);
        assertThat(onOther.get(1).volume24h()).as("zero with its scale kept").isEqualTo(new BigDecimal("0E-8"));
    }

    @Test
    void ticks_from_one_publisher_arrive_in_the_order_published() throws Exception {
        TickerFanout publisher = node();
        TickerFanout receiver = node();
        List<PriceTick> received = new CopyOnWriteArrayList<>();
        receiver.subscribe(received::add);

        List<PriceTick> sent = new java.util.ArrayList<>();
        Instant start = Instant.parse("2026-11-21T10:00:00Z");
        for (int i = 0; i < 50; i++) {
            sent.add(tick("ETHUSDT", "3000." + i, start.plusMillis(i)));
        }
        sent.forEach(publisher::publish);

        await(() -> received.size() == sent.size());
        assertThat(received).containsExactlyElementsOf(sent);
    }

    @Test
    void a_closed_subscription_receives_nothing_more() throws Exception {
        TickerFanout publisher = node();
        TickerFanout receiver = node();
        List<PriceTick> closed = new CopyOnWriteArrayList<>();
        List<PriceTick> open = new CopyOnWriteArrayList<>();
        TickerFanout.Subscription subscription = receiver.subscribe(closed::add);
        receiver.subscribe(open::add);
        PriceTick first = tick("BTCUSDT", "1.0", Instant.parse("2026-11-21T10:00:00Z"));
        publisher.publish(first);
        await(() -> closed.size() == 1 && open.size() == 1);

        subscription.close();
        PriceTick second = tick("BTCUSDT", "2.0", Instant.parse("2026-11-21T10:00:01Z"));
        publisher.publish(second);

        await(() -> open.size() == 2);
        assertThat(open).containsExactly(first, second);
        assertThat(closed).as("nothing after close; the open one, on the same node, got the tick already")
                .containsExactly(first);
    }

    @Test
    void a_failing_listener_keeps_the_tick_neither_from_the_others_nor_from_the_publisher() throws Exception {
        TickerFanout publisher = node();
        TickerFanout receiver = node();
        List<PriceTick> received = new CopyOnWriteArrayList<>();
        receiver.subscribe(tick -> {
            throw new IllegalStateException("a broken listener");
        });
        receiver.subscribe(received::add);
        publisher.subscribe(tick -> {
            throw new IllegalStateException("a broken listener on the publishing node");
        });

        PriceTick sent = tick("BTCUSDT", "1.5", Instant.parse("2026-11-21T10:00:00Z"));
        publisher.publish(sent);

        await(() -> received.size() == 1);
        assertThat(received).containsExactly(sent);
    }

    protected static PriceTick tick(String symbol, String price, Instant asOf) {
        return new PriceTick(new Symbol(symbol), new BigDecimal(price), new BigDecimal("2.125"),
                new BigDecimal("12345.67800000"), Optional.of(new BigDecimal(price)),
                Optional.of(new BigDecimal(price).add(new BigDecimal("0.01"))), asOf, "contract");
    }

    protected static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", DEADLINE).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}

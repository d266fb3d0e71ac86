package dev.tradedesk.adapter.websocket.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.market.InMemoryMarketQuery;
import dev.tradedesk.application.sessions.port.in.AccessGrant;
import dev.tradedesk.application.sessions.port.in.AccessGrantQuery;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The hub and protocol with an in-memory market and in-memory connections. */
class TickerHubTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final InMemoryMarketQuery market = new InMemoryMarketQuery().list("BTC", "USDT").list("ETH", "USDT")
            .list("SOL", "USDT").list("XRP", "USDT");
    private final AtomicBoolean grantsHold = new AtomicBoolean(true);
    private final AccessGrantQuery grants = new AccessGrantQuery() {
        @Override
        public AccessGrant grant(String accessToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean holds(AccessGrant grant) {
            return grantsHold.get();
        }
    };
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TickerSettings settings = new TickerSettings(3, 4096, 20, 5, Duration.ofMinutes(1),
            Duration.ofMillis(200), 8, Duration.ofMillis(300), Duration.ofMillis(300), 2);
    private final TickerHub hub = new TickerHub(market, grants, JSON, settings, new TickerMetrics(meters),
            Clock.systemUTC());
    private final TickerProtocol protocol = new TickerProtocol(hub, market, JSON);
    private final AccessGrant grant = new AccessGrant(new Actor(UUID.randomUUID(), UUID.randomUUID(), Set.of("user"),
            Set.of("ticker:subscribe")), 0, Instant.now().plusSeconds(900));

    {
        hub.start();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private static PriceTick tick(String symbol, String price) {
        return new PriceTick(new Symbol(symbol), new BigDecimal(price), new BigDecimal("-1.25"), new BigDecimal("1234.5"),
                Optional.of(new BigDecimal(price).subtract(BigDecimal.ONE)), Optional.of(new BigDecimal(price).add(BigDecimal.ONE)),
                Instant.parse("2026-11-21T10:15:30.123Z"), "binance");
    }

    private TickerConnection connect(TickerTransport transport) {
        return hub.connect(transport, grant);
    }

    private static List<JsonNode> messages(FakeTransport transport) {
        return transport.sent().stream().map(JSON::readTree).toList();
    }

    private static List<JsonNode> tickers(FakeTransport transport, String symbol) {
        return messages(transport).stream().filter(m -> m.path("type").asString().equals("ticker"))
                .filter(m -> m.path("symbol").asString().equals(symbol)).toList();
    }

    private static String lastPrice(FakeTransport transport, String symbol) {
        List<JsonNode> got = tickers(transport, symbol);
        return got.isEmpty() ? "" : got.get(got.size() - 1).path("price").asString();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(5);
        }
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void a_subscriber_gets_the_confirmation_the_snapshot_and_then_every_tick_of_its_symbols_only() throws Exception {
        market.publish(tick("BTCUSDT", "64000.10"));
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);

        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"btcusdt\"]}");
        await("the snapshot", () -> lastPrice(client, "BTCUSDT").equals("64000.10"));
        market.publish(tick("ETHUSDT", "3000"));
        market.publish(tick("BTCUSDT", "64001.20"));
        await("the live tick", () -> lastPrice(client, "BTCUSDT").equals("64001.20"));

        JsonNode first = messages(client).get(0);
        assertThat(first.path("type").asString()).isEqualTo("subscribed");
        assertThat(first.path("symbols").get(0).asString()).isEqualTo("BTCUSDT");
        List<JsonNode> btc = tickers(client, "BTCUSDT");
        JsonNode live = btc.get(btc.size() - 1);
        assertThat(live.path("price").asString()).isEqualTo("64001.20");
        assertThat(live.path("bid").asString()).isEqualTo("64000.20");
        assertThat(live.path("ask").asString()).isEqualTo("64002.20");
        assertThat(live.path("change_24h_pct").asString()).isEqualTo("-1.25");
        assertThat(live.path("volume_24h").asString()).isEqualTo("1234.5");
        assertThat(live.path("ts").asString()).isEqualTo("2026-11-21T10:15:30.123Z");
        assertThat(tickers(client, "ETHUSDT")).isEmpty();
        List<String> threads = client.senderThreads();
        assertThat(threads.get(threads.size() - 1)).as("ticks are sent off the thread that received them")
                .startsWith("ticker-fanout-").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void ping_gets_pong_and_unsubscribe_stops_the_updates() throws Exception {
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);
        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\", \"ETHUSDT\"]}");
        protocol.handle(connection, "{\"op\": \"unsubscribe\", \"symbols\": [\"BTCUSDT\"]}");
        protocol.handle(connection, "{\"op\": \"ping\"}");
        market.publish(tick("BTCUSDT", "1"));
        market.publish(tick("ETHUSDT", "2"));
        await("the ETH tick", () -> lastPrice(client, "ETHUSDT").equals("2"));

        List<JsonNode> all = messages(client);
        assertThat(all.get(1).path("symbols").toString()).isEqualTo("[\"ETHUSDT\"]");
        assertThat(all.get(2).path("type").asString()).isEqualTo("pong");
        assertThat(tickers(client, "BTCUSDT")).isEmpty();
    }

    @Test
    void an_unknown_symbol_is_an_error_and_subscribes_nothing() throws Exception {
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);
        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\", \"NOPEUSDT\"]}");
        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"not a symbol!\"]}");
        protocol.handle(connection, "{\"op\": \"dance\"}");
        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\"], \"extra\": 1}");
        market.publish(tick("BTCUSDT", "1"));

        List<JsonNode> all = messages(client);
        assertThat(all).extracting(m -> m.path("code").asString())
                .containsExactly("unknown_symbol", "unknown_symbol", "invalid_message", "invalid_message");
        assertThat(all.get(0).path("message").asString()).contains("NOPEUSDT");
        Thread.sleep(50);
        assertThat(tickers(client, "BTCUSDT")).isEmpty();
    }

    @Test
    void a_paused_reader_gets_the_latest_value_per_symbol_not_a_backlog() throws Exception {
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);
        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\", \"ETHUSDT\"]}");
        hub.awaitFanOut();
        assertThat(client.sent()).hasSize(1);
        client.pause();
        market.publish(tick("BTCUSDT", "1"));
        await("the first send to start", () -> client.sent().size() == 2);
        for (int i = 2; i <= 1000; i++) {
            market.publish(tick("BTCUSDT", String.valueOf(i)));
            market.publish(tick("ETHUSDT", String.valueOf(i)));
        }
        hub.awaitFanOut();
        int beforeResume = client.sent().size();
        for (int i = 0; i < 5; i++) {
            client.resume();
        }
        await("the latest prices", () -> lastPrice(client, "BTCUSDT").equals("1000")
                && lastPrice(client, "ETHUSDT").equals("1000"));

        assertThat(beforeResume).as("nothing more was sent while the first send was in progress").isEqualTo(2);
        assertThat(client.sent().size()).as("one update per symbol after the stalled one").isEqualTo(4);
        assertThat(counter("tradedesk.ticker.updates.conflated")).isPositive();
        assertThat(client.maxSendsInProgress()).isEqualTo(1);
    }

    @Test
    void a_stalled_reader_is_dropped_and_never_holds_up_the_others() throws Exception {
        FakeTransport stalled = new FakeTransport();
        FakeTransport healthy = new FakeTransport();
        TickerConnection slow = connect(stalled);
        TickerConnection fast = connect(healthy);
        protocol.handle(slow, "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\"]}");
        protocol.handle(fast, "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\"]}");
        hub.awaitFanOut();
        stalled.pause();
        for (int i = 1; i <= 200; i++) {
            market.publish(tick("BTCUSDT", String.valueOf(i)));
            String price = String.valueOf(i);
            await("the healthy reader gets tick " + i, () -> lastPrice(healthy, "BTCUSDT").equals(price));
        }
        Thread.sleep(settings.sendTimeout().toMillis() + 50);
        hub.sweep();
        await("the stalled reader closed", () -> stalled.closeCode() != null);

        assertThat(tickers(healthy, "BTCUSDT")).hasSize(200);
        assertThat(stalled.closeCode()).isEqualTo(1008);
        assertThat(hub.connectionCount()).isEqualTo(1);
        assertThat(counter("tradedesk.ticker.subscribers.dropped")).isEqualTo(1);
    }

    @Test
    void on_shutdown_every_connection_is_closed_as_going_away_and_ticks_stop() throws Exception {
        FakeTransport first = new FakeTransport();
        FakeTransport second = new FakeTransport();
        protocol.handle(connect(first), "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\"]}");
        connect(second);

        assertThat(hub.closeConnections(Duration.ofSeconds(5))).isTrue();

        assertThat(first.closeCode()).isEqualTo(1001);
        assertThat(second.closeCode()).isEqualTo(1001);
        assertThat(hub.connectionCount()).isZero();
        assertThat(counter("tradedesk.ticker.subscribers.dropped")).isEqualTo(2);
    }

    @Test
    void a_client_sending_without_reading_is_dropped_when_replies_pile_up() throws Exception {
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);
        client.pause();
        for (int i = 0; i < 12; i++) {
            protocol.handle(connection, "{\"op\": \"ping\"}");
        }
        await("closed", () -> client.closeCode() != null);
        assertThat(client.closeCode()).isEqualTo(1008);
    }

    @Test
    void more_symbols_than_allowed_is_refused_as_a_whole() throws Exception {
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);
        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\", \"ETHUSDT\"]}");
        protocol.handle(connection, "{\"op\": \"subscribe\", \"symbols\": [\"SOLUSDT\", \"XRPUSDT\"]}");

        JsonNode error = messages(client).get(1);
        assertThat(error.path("type").asString()).isEqualTo("error");
        assertThat(error.path("code").asString()).isEqualTo("too_many_symbols");
        assertThat(connection.followedCount()).isEqualTo(2);
    }

    @Test
    void too_many_messages_per_second_are_refused_and_repeated_abuse_closes_with_1008() throws Exception {
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);
        for (int i = 0; i < 22; i++) {
            protocol.handle(connection, "{\"op\": \"ping\"}");
        }
        List<JsonNode> all = messages(client);
        assertThat(all).hasSize(21);
        assertThat(all.get(20).path("code").asString()).isEqualTo("rate_limited");
        assertThat(client.closeCode()).isNull();

        for (int i = 0; i < 5; i++) {
            protocol.handle(connection, "{\"op\": \"ping\"}");
        }
        await("closed for abuse", () -> client.closeCode() != null);
        assertThat(client.closeCode()).isEqualTo(1008);
    }

    @Test
    void a_message_over_the_byte_limit_closes_with_1009() throws Exception {
        FakeTransport client = new FakeTransport();
        TickerConnection connection = connect(client);
        protocol.handle(connection, "{\"op\": \"ping\", \"pad\": \"" + "é".repeat(2100) + "\"}");
        await("closed", () -> client.closeCode() != null);
        assertThat(client.closeCode()).isEqualTo(1009);
    }

    @Test
    void a_connection_whose_grant_no_longer_holds_is_closed_with_1008() throws Exception {
        FakeTransport client = new FakeTransport();
        connect(client);
        hub.sweep();
        assertThat(client.closeCode()).isNull();

        grantsHold.set(false);
        hub.sweep();
        await("closed", () -> client.closeCode() != null);
        assertThat(client.closeCode()).isEqualTo(1008);
        assertThat(hub.connectionCount()).isZero();
    }

    @Test
    void a_silent_connection_is_pinged_and_closed_when_it_does_not_answer() throws Exception {
        FakeTransport answering = new FakeTransport();
        FakeTransport dead = new FakeTransport();
        TickerConnection alive = connect(answering);
        connect(dead);
        Thread.sleep(settings.pingInterval().toMillis() + 50);
        hub.sweep();
        await("pinged", () -> answering.pings() == 1 && dead.pings() == 1);
        alive.heard(System.nanoTime()); // the pong
        Thread.sleep(settings.pongTimeout().toMillis() + 50);
        hub.sweep();
        await("the dead one closed", () -> dead.closeCode() != null);

        assertThat(dead.closeCode()).isEqualTo(1001);
        assertThat(answering.closeCode()).isNull();
    }

    @Test
    void a_client_message_in_parts_is_put_together_and_one_over_the_limit_is_too_big() {
        TickerConnection connection = connect(new FakeTransport());

        assertThat(connection.messagePart("{\"op\": \"ping\"}", true, 16)).isEqualTo("{\"op\": \"ping\"}");
        assertThat(connection.messagePart("{\"op\": ", false, 16)).isNull();
        assertThat(connection.messagePart("\"ping\"}", true, 16)).isEqualTo("{\"op\": \"ping\"}");
        assertThat(connection.messagePart("0123456789", false, 16)).isNull();
        assertThat(connection.messagePart("0123456789", false, 16)).isSameAs(TickerConnection.TOO_BIG);
        // the next message starts afresh
        assertThat(connection.messagePart("abc", false, 16)).isNull();
        assertThat(connection.messagePart("def", true, 16)).isEqualTo("abcdef");
    }

    @Test
    void the_pong_timeout_runs_from_when_the_ping_goes_out_not_from_when_it_was_queued() throws Exception {
        // the two control threads are stuck pinging two connections; a third connection's ping waits
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        SlowPingTransport stuck1 = new SlowPingTransport(release);
        SlowPingTransport stuck2 = new SlowPingTransport(release);
        FakeTransport waiting = new FakeTransport();
        connect(stuck1);
        connect(stuck2);
        Thread.sleep(settings.pingInterval().toMillis() + 50);
        hub.sweep();
        await("both control threads busy", () -> stuck1.pingsStarted() == 1 && stuck2.pingsStarted() == 1);
        TickerConnection third = connect(waiting);
        Thread.sleep(settings.pingInterval().toMillis() + 50);
        hub.sweep(); // queues the third one's ping
        Thread.sleep(settings.pongTimeout().toMillis() + 50);
        hub.sweep();

        assertThat(waiting.pings()).isZero();
        assertThat(waiting.closeCode()).as("not dead: its ping has not been sent yet").isNull();

        release.countDown();
        await("the queued ping sent", () -> waiting.pings() == 1);
        third.heard(System.nanoTime()); // the pong
        hub.sweep();
        assertThat(waiting.closeCode()).isNull();
    }

    /** A transport whose pings block until released, as a blocking ping on a congested socket does. */
    private static final class SlowPingTransport implements TickerTransport {
        private final java.util.concurrent.CountDownLatch release;
        private final java.util.concurrent.atomic.AtomicInteger pingsStarted = new java.util.concurrent.atomic.AtomicInteger();

        SlowPingTransport(java.util.concurrent.CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void send(String text, java.util.function.Consumer<Throwable> whenDone) {
            whenDone.accept(null);
        }

        @Override
        public void ping() {
            pingsStarted.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close(int code, String reason) {
        }

        int pingsStarted() {
            return pingsStarted.get();
        }
    }
}

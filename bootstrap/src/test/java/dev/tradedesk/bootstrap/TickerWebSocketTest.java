package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import io.micrometer.core.instrument.MeterRegistry;
import dev.tradedesk.testsupport.TestServers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.Optional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code /ws/ticker} against the running application with real WebSocket clients: the handshake, the
 * protocol, fan-out with conflation and slow-consumer isolation, the limits, and the close on logout.
 */
class TickerWebSocketTest extends ApplicationTestBase {

    private static final String PASSWORD = "orchid-lattice-summit-14";

    /** The symbols the test Binance streams. */
    private static final List<String> STREAMED = TestBinance.SYMBOLS.stream().map(symbol -> symbol[0]).toList();

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private TickerFanout fanout;

    private final List<TickerClient> clients = new ArrayList<>();

    private TickerClient connect(String token) {
        TickerClient client = TickerClient.connect(port, token);
        clients.add(client);
        return client;
    }

    /** Puts the test Binance's prices and heartbeat back where other tests expect them; drops the clients. */
    @AfterEach
    void restoreMarket() {
        clients.forEach(TickerClient::abort);
        TestBinance.setLive(true);
        TestBinance.SYMBOLS.forEach(symbol -> TestBinance.setPrice(symbol[0], symbol[2]));
    }

    private String token() {
        return api().register(uniqueEmail(), PASSWORD).json().get("tokens").get("access_token").asString();
    }

    /** A new price on the test Binance's stream: the real way in, through the upstream holder and Redis. */
    private static void publish(String symbol, String price) {
        TestBinance.setPrice(symbol, price);
    }

    /**
     * A tick on the cluster's fan-out (Redis), as the upstream holder publishes it: the way in for the
     * tests that need many ticks quickly.
     */
    private void fanOut(String symbol, String price) {
        BigDecimal value = new BigDecimal(price);
        fanout.publish(new PriceTick(new Symbol(symbol), value, BigDecimal.ZERO, new BigDecimal("1000"),
                Optional.of(value), Optional.of(value), Instant.now(), "binance"));
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void the_handshake_needs_a_valid_token_with_the_permission_and_an_allowed_origin() throws Exception {
        String token = token();
        assertThat(TickerClient.handshakeStatus(port, null, Map.of())).isEqualTo(401);
        assertThat(TickerClient.handshakeStatus(port, "access_token=not-a-token", Map.of())).isEqualTo(401);
        assertThat(TickerClient.handshakeStatus(port, null, Map.of("Authorization", "Bearer not-a-token"))).isEqualTo(401);
        assertThat(TickerClient.handshakeStatus(port, null, Map.of("Authorization", "Bearer " + token))).isEqualTo(101);
        assertThat(TickerClient.handshakeStatus(port, "access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                Map.of())).isEqualTo(101);
        assertThat(TickerClient.handshakeStatus(port, null, Map.of("Authorization", "Bearer " + token,
                "Origin", "https://evil.example"))).isEqualTo(403);
        assertThat(TickerClient.handshakeStatus(port, null, Map.of("Authorization", "Bearer " + token,
                "Origin", "https://app.tradedesk.test"))).isEqualTo(101);
        assertThat(TickerClient.handshakeStatus(port, null, Map.of("Authorization", "Bearer " + tokenWithoutRoles())))
                .as("no ticker:subscribe").isEqualTo(403);
    }

    /** A user stripped of every role (so of ticker:subscribe), signed in afresh. */
    private String tokenWithoutRoles() throws Exception {
        String email = uniqueEmail();
        String id = api().register(email, PASSWORD).json().get("user").get("id").asString();
        try (Connection db = TestServers.postgres().connect();
             PreparedStatement strip = db.prepareStatement("delete from user_roles where user_id = ?")) {
            strip.setObject(1, UUID.fromString(id));
            strip.executeUpdate();
        }
        return api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", PASSWORD)))
                .json().get("access_token").asString();
    }

    @Test
    void a_subscriber_receives_the_ticks_of_its_symbols_in_the_documented_shape() {
        TickerClient client = connect(token());
        client.subscribe("btcusdt");
        JsonNode subscribed = client.awaitType("subscribed");
        assertThat(subscribed.path("symbols").toString()).isEqualTo("[\"BTCUSDT\"]");

        publish("ETHUSDT", "3000.50");
        publish("BTCUSDT", "64000.25");
        JsonNode ticker = client.awaitTicker("the new price with its book's bid", "BTCUSDT",
                m -> m.path("price").asString().equals("64000.25") && m.path("bid").asString().equals("64000.24"));
        assertThat(ticker.path("ask").asString()).isEqualTo("64000.25");
        assertThat(new java.math.BigDecimal(ticker.path("change_24h_pct").asString())).isNotNull();
        assertThat(ticker.path("volume_24h").asString()).isEqualTo("1000.00000000");
        assertThat(Instant.parse(ticker.path("ts").asString())).isNotNull();
        assertThat(client.lastPrice("ETHUSDT")).as("not subscribed").isEmpty();

        client.send("{\"op\": \"ping\"}");
        client.awaitType("pong");
        client.send("{\"op\": \"subscribe\", \"symbols\": [\"NOPEUSDT\"]}");
        JsonNode error = client.awaitType("error");
        assertThat(error.path("code").asString()).isEqualTo("unknown_symbol");
        assertThat(client.isClosed()).isFalse();

        String metrics = api().get("/actuator/prometheus", null).body();
        assertThat(metrics).contains("tradedesk_ticker_connections", "tradedesk_ticker_subscriptions",
                "tradedesk_ticker_messages_sent_total", "tradedesk_ticker_updates_conflated_total",
                "tradedesk_ticker_tick_latency_seconds_bucket");
    }

    @Test
    void a_paused_reader_gets_conflated_updates_and_then_the_latest_price() throws Exception {
        TestBinance.setLive(false); // only this test's ticks, so the last one is the latest
        try (StalledTickerSocket reader = new StalledTickerSocket(port, token())) {
            reader.sendText("{\"op\": \"subscribe\", \"symbols\": [\"SOLUSDT\"]}");
            assertThat(reader.readUntil(text -> text.contains("\"subscribed\""), 10_000)).isPositive();
            double conflatedBefore = counter("tradedesk.ticker.updates.conflated");

            // the reader reads nothing now: once TCP's buffers are full, its send stays in progress and
            // newer prices replace the waiting one
            int published = 0;
            long deadline = System.nanoTime() + TickerClient.WAIT.toNanos();
            while (counter("tradedesk.ticker.updates.conflated") < conflatedBefore + 50 && System.nanoTime() < deadline) {
                for (int i = 0; i < 20; i++) {
                    fanOut("SOLUSDT", String.valueOf(++published));
                }
            }
            assertThat(counter("tradedesk.ticker.updates.conflated")).isGreaterThanOrEqualTo(conflatedBefore + 50);
            String last = String.valueOf(++published);
            fanOut("SOLUSDT", last);

            int received = reader.readUntil(text -> text.contains("\"price\":\"" + last + "\""), 20_000);
            assertThat(received).as("the latest price arrives").isPositive();
            assertThat(received).as("fewer messages than prices: the waiting ones were replaced").isLessThan(published);
        }
    }

    @Test
    void a_stalled_reader_is_dropped_while_the_others_keep_receiving_every_update() throws Exception {
        List<String> symbols = STREAMED;
        String subscribe = "{\"op\": \"subscribe\", \"symbols\": " + HttpApi.json(symbols) + "}";
        List<TickerClient> healthy = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            healthy.add(connect(token()));
        }
        healthy.forEach(client -> client.send(subscribe));
        healthy.forEach(client -> client.awaitType("subscribed"));
        double droppedBefore = slowConsumersDropped();
        TestBinance.setLive(false); // only this test's ticks, so each round's price is the latest
        try (StalledTickerSocket stalled = new StalledTickerSocket(port, token())) {
            stalled.sendText(subscribe);

            // rounds of one tick per symbol, each received in full by the healthy readers, until the
            // stalled reader's TCP buffers are full, a send to it times out and it is dropped
            int round = 0;
            long deadline = System.nanoTime() + 3 * TickerClient.WAIT.toNanos();
            while (slowConsumersDropped() == droppedBefore && System.nanoTime() < deadline) {
                String price = String.valueOf(++round);
                symbols.forEach(symbol -> fanOut(symbol, price));
                healthy.forEach(client -> client.awaitPrice(symbols.get(symbols.size() - 1), price));
            }

            assertThat(slowConsumersDropped()).as("the stalled reader was dropped").isEqualTo(droppedBefore + 1);
            assertThat(stalled.drainToEnd(10_000)).as("the server closed the stalled connection").isTrue();
            String last = String.valueOf(round);
            for (TickerClient client : healthy) {
                symbols.forEach(symbol -> client.awaitPrice(symbol, last));
                assertThat(client.isClosed()).isFalse();
            }
        }
    }

    private double slowConsumersDropped() {
        return meters.find("tradedesk.ticker.subscribers.dropped").tag("reason", "slow_consumer").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    @Test
    void more_than_100_symbols_is_refused() {
        TickerClient client = connect(token());
        List<String> symbols = IntStream.range(0, 101).mapToObj(i -> String.format("S%03dUSDT", i)).toList();
        client.send("{\"op\": \"subscribe\", \"symbols\": " + HttpApi.json(symbols) + "}");

        JsonNode error = client.awaitType("error");
        assertThat(error.path("code").asString()).isEqualTo("too_many_symbols");
        client.subscribe("BTCUSDT");
        assertThat(client.awaitType("subscribed").path("symbols").toString()).isEqualTo("[\"BTCUSDT\"]");
    }

    @Test
    void a_message_longer_than_the_containers_text_buffer_but_within_4_kib_is_read_whole() {
        // the container's text buffer holds 512 chars; the handler puts longer messages together
        TickerClient client = connect(token());
        client.send("{\"op\": \"subscribe\", \"symbols\": [\"BTCUSDT\"]" + " ".repeat(3500) + "}");
        assertThat(client.awaitType("subscribed").path("symbols").toString()).isEqualTo("[\"BTCUSDT\"]");
        client.send("{\"op\": \"ping\"" + " ".repeat(4000) + "}");
        assertThat(client.awaitType("pong").path("type").asString()).isEqualTo("pong");
    }

    @Test
    void a_message_over_4_kib_closes_with_1009() {
        TickerClient client = connect(token());
        client.send("{\"op\": \"ping\", \"pad\": \"" + "x".repeat(4200) + "\"}");
        assertThat(client.awaitClose()).isEqualTo(1009);
    }

    @Test
    void too_many_messages_get_errors_and_repeated_abuse_closes_with_1008() {
        TickerClient client = connect(token());
        for (int i = 0; i < 25; i++) {
            client.send("{\"op\": \"ping\"}");
        }
        JsonNode error = client.await("rate_limited", m -> m.path("code").asString().equals("rate_limited"));
        assertThat(error.path("type").asString()).isEqualTo("error");
        for (int i = 0; i < 50 && !client.isClosed(); i++) {
            client.send("{\"op\": \"ping\"}");
        }
        assertThat(client.awaitClose()).isEqualTo(1008);
    }

    @Test
    void logout_closes_the_sessions_connections_with_1008() {
        String token = token();
        TickerClient client = connect(token);
        client.subscribe("BTCUSDT");
        client.awaitType("subscribed");

        assertThat(api().post("/api/v1/auth/logout", "", token).status()).isEqualTo(204);

        assertThat(client.awaitClose()).isEqualTo(1008);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

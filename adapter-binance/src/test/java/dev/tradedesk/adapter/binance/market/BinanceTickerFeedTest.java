package dev.tradedesk.adapter.binance.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BinanceTickerFeed} against the fake Binance stream: ticks, and every failure mode of a stream
 * connection. Asynchronous outcomes are awaited with a deadline; nothing asserts how fast.
 */
class BinanceTickerFeedTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);
    private static final Symbol BTC = new Symbol("BTCUSDT");
    private static final Symbol ETH = new Symbol("ETHUSDT");

    private FakeBinanceServer fake;
    private final List<TickerFeed.Connection> connections = new ArrayList<>();

    @BeforeEach
    void startFake() {
        fake = FakeBinanceServer.start();
    }

    @AfterEach
    void stop() {
        connections.forEach(TickerFeed.Connection::close);
        fake.close();
    }

    /** Test-sized: backoff 50 ms doubling to 400 ms, 1 h age, 10 s idle, 300 ms overlap. */
    static BinanceSettings.Stream streamSettings(URI wsUrl) {
        return new BinanceSettings.Stream(wsUrl, Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(400),
                Duration.ofHours(1), Duration.ofSeconds(10), Duration.ofMillis(300), 1024);
    }

    private Recorder connect(BinanceSettings.Stream stream, Set<Symbol> symbols) {
        BinanceTickerFeed feed = new BinanceTickerFeed(FakeBinance.settings(fake.baseUrl()).withStream(stream),
                HttpClient.newHttpClient());
        Recorder recorder = new Recorder();
        connections.add(feed.connect(symbols, recorder));
        return recorder;
    }

    private Recorder connectAndWait(BinanceSettings.Stream stream, Set<Symbol> symbols, int expectedSockets) {
        Recorder recorder = connect(stream, symbols);
        await("stream up", recorder::isUp);
        await(expectedSockets + " open stream connection(s) at the fake",
                () -> fake.openStreamConnections() == expectedSockets);
        return recorder;
    }

    @Test
    void subscribesToBothStreamsOfEachSymbolAndMergesTheBookIntoTheMiniTicker() {
        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC, ETH), 1);

        assertThat(fake.streamSubscriptions()).containsExactly(
                Set.of("btcusdt@miniTicker", "btcusdt@bookTicker", "ethusdt@miniTicker", "ethusdt@bookTicker"));
        assertThat(fake.streamClientMessages()).as("the subscription is in the URL; nothing is sent").isEmpty();

        fake.publishBookTicker("BTCUSDT", "64999.99000000", "65000.01000000");
        fake.publishMiniTicker("BTCUSDT", "65000.00000000", "64000.00000000", "1234.50000000", 1_700_000_000_123L);

        PriceTick first = recorder.next();
        assertThat(first).as("the book before the first mini ticker gave no tick of its own").isEqualTo(new PriceTick(
                BTC, new BigDecimal("65000.00000000"), new BigDecimal("1.562"), new BigDecimal("1234.50000000"),
                java.util.Optional.of(new BigDecimal("64999.99000000")),
                java.util.Optional.of(new BigDecimal("65000.01000000")), Instant.ofEpochMilli(1_700_000_000_123L),
                "binance"));

        fake.publishBookTicker("BTCUSDT", "64999.50000000", "65000.50000000");
        PriceTick second = recorder.next();
        assertThat(second.price()).isEqualTo(new BigDecimal("65000.00000000"));
        assertThat(second.bid()).contains(new BigDecimal("64999.50000000"));
        assertThat(second.ask()).contains(new BigDecimal("65000.50000000"));

        fake.publishMiniTicker("ETHUSDT", "3000.00", "3000.00", "10.0");
        PriceTick eth = recorder.next();
        assertThat(eth.symbol()).isEqualTo(ETH);
        assertThat(eth.bid()).isEmpty();
        assertThat(eth.change24hPct()).isEqualByComparingTo("0");
    }

    @Test
    void afterAnAbruptDropItReconnectsResubscribesAndTicksFlowAgain() {
        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);
        fake.publishMiniTicker("BTCUSDT", "100", "100", "1");
        recorder.next();

        assertThat(fake.dropStreamConnections()).isEqualTo(1);

        await("down reported", () -> recorder.statuses().stream().anyMatch(s -> s.startsWith("down") && s.contains("1006")));
        await("up again", recorder::isUp);
        await("a second connection", () -> fake.totalStreamConnections() == 2 && fake.openStreamConnections() == 1);
        assertThat(fake.streamSubscriptions().get(1)).isEqualTo(Set.of("btcusdt@miniTicker", "btcusdt@bookTicker"));

        fake.publishMiniTicker("BTCUSDT", "101", "100", "2");
        assertThat(recorder.next().price()).isEqualByComparingTo("101");
    }

    @Test
    void malformedAndUnknownMessagesAreSkippedAndTheNextTickStillArrives() {
        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);

        fake.sendToStreamConnections("{\"stream\":\"btcusdt@miniTicker\",\"data\":{oops");
        fake.sendToStreamConnections("not json at all");
        fake.sendToStreamConnections("{\"result\":null,\"id\":1}");
        fake.publishRaw("btcusdt@miniTicker", "{\"e\":\"24hrMiniTicker\",\"E\":1,\"s\":\"BTCUSDT\",\"c\":\"abc\"}");
        fake.publishRaw("btcusdt@miniTicker",
                "{\"e\":\"24hrMiniTicker\",\"E\":2,\"s\":\"BTCUSDT\",\"c\":\"0\",\"o\":\"1\",\"v\":\"1\"}");
        fake.publishMiniTicker("BTCUSDT", "102", "100", "3");

        PriceTick tick = recorder.next();
        assertThat(tick.price()).isEqualByComparingTo("102");
        assertThat(recorder.statuses()).as("never went down after the first up").hasSize(2);
        assertThat(fake.totalStreamConnections()).isEqualTo(1);
    }

    @Test
    void answersServerPingsWithPongs() {
        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);

        List<String> pings = fake.pingStreamConnections();
        assertThat(pings).hasSize(1);

        await("pong with the ping's payload", () -> fake.pongs().contains(pings.get(0)));
        assertThat(recorder.isUp()).isTrue();
    }

    @Test
    void replacesTheConnectionAtItsMaximumAgeWithoutLosingTicks() throws InterruptedException {
        BinanceSettings.Stream shortLived = new BinanceSettings.Stream(fake.wsUrl(), Duration.ofSeconds(2),
                Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofMillis(400), Duration.ofSeconds(10),
                Duration.ofMillis(200), 1024);
        Recorder recorder = connectAndWait(shortLived, Set.of(BTC), 1);

        List<BigDecimal> published = new ArrayList<>();
        for (int i = 1; fake.totalStreamConnections() < 4 && i < 2000; i++) {
            BigDecimal price = BigDecimal.valueOf(1000 + i);
            int sentTo = fake.publishMiniTicker("BTCUSDT", price.toPlainString(), "1000", "1");
            assertThat(sentTo).as("some connection is subscribed at every moment").isGreaterThanOrEqualTo(1);
            published.add(price);
            Thread.sleep(10);
        }
        assertThat(fake.totalStreamConnections()).as("rotated at least three times").isGreaterThanOrEqualTo(4);

        List<BigDecimal> received = new ArrayList<>();
        await("every published tick", () -> {
            recorder.drainTo(received, tick -> true);
            return received.size() >= published.size();
        });
        assertThat(received).as("each tick once, in order").containsExactlyElementsOf(published);
        assertThat(recorder.statuses()).as("never went down while rotating").hasSize(2);
    }

    @Test
    void aRefusedHandshakeIsRetriedWithBackoffUntilItSucceeds() {
        fake.refuseHandshakes(3);

        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);

        assertThat(fake.refusedHandshakes()).isEqualTo(3);
        assertThat(fake.totalStreamConnections()).isEqualTo(1);
        assertThat(recorder.statuses().get(0)).startsWith("down");
        assertThat(recorder.statuses()).anySatisfy(status -> assertThat(status).contains("handshake refused with HTTP 503"));
        fake.publishMiniTicker("BTCUSDT", "103", "100", "3");
        assertThat(recorder.next().price()).isEqualByComparingTo("103");
    }

    @Test
    void aHandshakeRefusedWith429WaitsAtLeastItsRetryAfter() {
        fake.refuseHandshakes(1, 429, "1");
        long start = System.nanoTime();

        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);

        // the backoff alone would retry within 50 ms; Retry-After: 1 holds the retry back a second
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(fake.refusedHandshakes()).isEqualTo(1);
        assertThat(recorder.statuses()).anySatisfy(status -> assertThat(status).contains("HTTP 429"));
    }

    @Test
    void theBackoffDoublesUpToItsCapWithJitterBetweenHalfAndAll() {
        Duration initial = Duration.ofMillis(100);
        Duration max = Duration.ofMillis(1000);
        assertThat(BinanceTickerFeed.backoff(1, initial, max, 0.0)).isEqualTo(Duration.ofMillis(50));
        assertThat(BinanceTickerFeed.backoff(1, initial, max, 0.999)).isBetween(Duration.ofMillis(99), initial);
        assertThat(BinanceTickerFeed.backoff(3, initial, max, 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(BinanceTickerFeed.backoff(3, initial, max, 1.0)).isEqualTo(Duration.ofMillis(400));
        assertThat(BinanceTickerFeed.backoff(30, initial, max, 1.0)).isEqualTo(max);
        assertThat(BinanceTickerFeed.backoff(30, initial, max, 0.0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aStalledConnectionIsDetectedAndReplaced() {
        BinanceSettings.Stream quickIdle = new BinanceSettings.Stream(fake.wsUrl(), Duration.ofSeconds(2),
                Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofHours(1), Duration.ofMillis(500),
                Duration.ofMillis(200), 1024);
        Recorder recorder = connectAndWait(quickIdle, Set.of(BTC), 1);

        assertThat(fake.stallStreamConnections()).isEqualTo(1);

        await("down for silence", () -> recorder.statuses().stream().anyMatch(s -> s.contains("no message or ping")));
        await("a new connection", () -> fake.totalStreamConnections() == 2 && recorder.isUp());
        await("the stalled one closed", () -> fake.openStreamConnections() == 1);
        fake.publishMiniTicker("BTCUSDT", "104", "100", "3");
        assertThat(recorder.next().price()).isEqualByComparingTo("104");
    }

    @Test
    void aCloseByTheServerIsFollowedByAReconnect() {
        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);

        fake.closeStreamConnections(1001, "going away");

        await("down with the close code", () -> recorder.statuses().stream().anyMatch(s -> s.contains("1001")));
        await("up again on a new connection", () -> recorder.isUp() && fake.totalStreamConnections() == 2
                && fake.openStreamConnections() == 1);
        fake.publishMiniTicker("BTCUSDT", "105", "100", "3");
        assertThat(recorder.next().price()).isEqualByComparingTo("105");
    }

    @Test
    void serverShutdownMovesToANewConnectionWithoutGoingDown() {
        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);

        assertThat(fake.sendServerShutdown()).isEqualTo(1);

        await("a new connection, the old one closed", () -> fake.totalStreamConnections() == 2
                && fake.openStreamConnections() == 1);
        fake.publishMiniTicker("BTCUSDT", "106", "100", "3");
        assertThat(recorder.next().price()).isEqualByComparingTo("106");
        assertThat(recorder.statuses()).as("no interruption reported").hasSize(2);
    }

    @Test
    void splitsSymbolsOverSeveralConnectionsWithinTheStreamLimit() {
        BinanceSettings.Stream fourStreams = new BinanceSettings.Stream(fake.wsUrl(), Duration.ofSeconds(2),
                Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofHours(1), Duration.ofSeconds(10),
                Duration.ofMillis(200), 4);
        Set<Symbol> symbols = new LinkedHashSet<>();
        for (String name : List.of("ADAUSDT", "BNBUSDT", "BTCUSDT", "ETHUSDT", "SOLUSDT")) {
            symbols.add(new Symbol(name));
        }
        Recorder recorder = connectAndWait(fourStreams, symbols, 3);

        assertThat(fake.openStreamSubscriptions()).extracting(Set::size).containsExactlyInAnyOrder(4, 4, 2);
        assertThat(fake.openStreamSubscriptions().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .hasSize(10);
        for (Symbol symbol : symbols) {
            fake.publishMiniTicker(symbol.value(), "10", "10", "1");
        }
        Set<Symbol> seen = new LinkedHashSet<>();
        for (int i = 0; i < symbols.size(); i++) {
            seen.add(recorder.next().symbol());
        }
        assertThat(seen).isEqualTo(symbols);

        assertThat(fake.dropStreamConnections()).isEqualTo(3);
        await("all three back", () -> fake.totalStreamConnections() == 6 && fake.openStreamConnections() == 3
                && recorder.isUp());
        assertThat(recorder.statuses()).anyMatch(status -> status.startsWith("down") && status.contains("1006"));
    }

    @Test
    void closeStopsReconnectingReleasesTheSocketsAndEndsTheThread() throws InterruptedException {
        Recorder recorder = connectAndWait(streamSettings(fake.wsUrl()), Set.of(BTC), 1);
        TickerFeed.Connection connection = connections.remove(0);

        connection.close();
        connection.close();

        await("socket closed at the fake", () -> fake.openStreamConnections() == 0);
        await("no binance-stream thread left", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("binance-stream-") && thread.isAlive()));
        int total = fake.totalStreamConnections();
        fake.publishMiniTicker("BTCUSDT", "107", "100", "3");
        Thread.sleep(300);
        assertThat(recorder.ticks).isEmpty();
        assertThat(fake.totalStreamConnections()).as("no reconnect after close").isEqualTo(total);
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for: " + what);
            }
        }
    }

    /** Records what a feed delivers. */
    static final class Recorder implements TickerFeed.Listener {

        final BlockingQueue<PriceTick> ticks = new LinkedBlockingQueue<>();
        private final List<String> statuses = new CopyOnWriteArrayList<>();
        private volatile boolean up;

        @Override
        public void onTick(PriceTick tick) {
            ticks.add(tick);
        }

        @Override
        public void onStatus(boolean up, String reason) {
            this.up = up;
            statuses.add((up ? "up: " : "down: ") + reason);
        }

        boolean isUp() {
            return up;
        }

        List<String> statuses() {
            return List.copyOf(statuses);
        }

        PriceTick next() {
            try {
                PriceTick tick = ticks.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
                if (tick == null) {
                    fail("no tick within the deadline; statuses " + statuses);
                }
                return tick;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void drainTo(List<BigDecimal> prices, Predicate<PriceTick> filter) {
            List<PriceTick> drained = new ArrayList<>();
            ticks.drainTo(drained);
            drained.stream().filter(filter).map(PriceTick::price).forEach(prices::add);
        }
    }
}

package dev.tradedesk.adapter.binance.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The replay: bundled data, price source and feed, on small recordings with known timing. */
class ReplayTest {

    private static final Symbol BTC = new Symbol("BTCUSDT");
    private static final Symbol ETH = new Symbol("ETHUSDT");

    static final String EXCHANGE_INFO = """
            {"timezone":"UTC","serverTime":0,"rateLimits":[],"exchangeFilters":[],"symbols":[
             {"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT","filters":[]},
             {"symbol":"ETHUSDT","status":"TRADING","baseAsset":"ETH","quoteAsset":"USDT","filters":[]},
             {"symbol":"SOLUSDT","status":"TRADING","baseAsset":"SOL","quoteAsset":"USDT","filters":[]}]}
            """;

    static String mini(String symbol, String close, String open) {
        return "{\"stream\":\"" + symbol.toLowerCase() + "@miniTicker\",\"data\":{\"e\":\"24hrMiniTicker\",\"E\":1,"
                + "\"s\":\"" + symbol + "\",\"c\":\"" + close + "\",\"o\":\"" + open + "\",\"h\":\"" + close
                + "\",\"l\":\"" + open + "\",\"v\":\"5.0\",\"q\":\"500\"}}";
    }

    static String book(String symbol, long u, String bid, String ask) {
        return "{\"stream\":\"" + symbol.toLowerCase() + "@bookTicker\",\"data\":{\"u\":" + u + ",\"s\":\"" + symbol
                + "\",\"b\":\"" + bid + "\",\"B\":\"1\",\"a\":\"" + ask + "\",\"A\":\"1\"}}";
    }

    /** Loop of 1500 ms: BTC 100 at 0, its book at 10, BTC 110 at 300, ETH 2000 at 400, BTC 120 at 500. */
    static ReplayMarket small() {
        String recording = String.join("\n",
                "# offset ms <TAB> combined-stream message",
                "0\t" + mini("BTCUSDT", "100.00", "80.00"),
                "10\t" + book("BTCUSDT", 7, "99.99", "100.01"),
                "300\t" + mini("BTCUSDT", "110.00", "80.00"),
                "400\t" + mini("ETHUSDT", "2000.00", "2000.00"),
                "500\t" + mini("BTCUSDT", "120.00", "80.00"),
                "");
        return ReplayMarket.of(EXCHANGE_INFO, recording);
    }

    static Clock at(long epochMillis) {
        return Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    @Test
    void theBundledDataIsSmallListsUsdtSymbolsWithFiltersAndPricesThemAll() throws IOException {
        long bytes = size(ReplayMarket.BUNDLED_EXCHANGE_INFO) + size(ReplayMarket.BUNDLED_STREAM);
        assertThat(bytes).isLessThan(200 * 1024);

        ReplayMarket market = ReplayMarket.bundled();
        assertThat(market.symbols()).hasSizeBetween(6, 10);
        for (SymbolInfo info : market.symbols()) {
            assertThat(info.quoteAsset()).isEqualTo("USDT");
            assertThat(info.isTradable()).isTrue();
            assertThat(info.priceFilter()).isPresent();
            assertThat(info.lotSize()).isPresent();
            assertThat(info.minNotional()).contains(new BigDecimal("5.00000000"));
        }
        ReplayPriceSource source = new ReplayPriceSource(market, at(1_800_000_000_000L));
        List<PriceTick> prices = source.prices(market.symbols().stream().map(SymbolInfo::symbol).toList());
        assertThat(prices).hasSize(market.symbols().size()).allSatisfy(tick -> {
            assertThat(tick.asOf()).isEqualTo(Instant.ofEpochMilli(1_800_000_000_000L));
            assertThat(tick.source()).isEqualTo("replay");
            assertThat(tick.bid()).isPresent();
        });
    }

    @Test
    void thePriceSourceAnswersTheStateAtTheClocksPositionInTheLoop() {
        ReplayMarket market = small();
        assertThat(market.loopLength()).isEqualTo(Duration.ofMillis(1500));

        PriceTick start = new ReplayPriceSource(market, at(15_000 + 5)).price(BTC);
        assertThat(start).isEqualTo(new PriceTick(BTC, new BigDecimal("100.00"), new BigDecimal("25.000"),
                new BigDecimal("5.0"), Optional.of(new BigDecimal("99.99")), Optional.of(new BigDecimal("100.01")),
                Instant.ofEpochMilli(15_005), "replay"));
        assertThat(new ReplayPriceSource(market, at(15_000 + 350)).price(BTC).price()).isEqualByComparingTo("110");
        assertThat(new ReplayPriceSource(market, at(15_000 + 1499)).price(BTC).price()).isEqualByComparingTo("120");
        assertThat(new ReplayPriceSource(market, at(15_000 + 1500)).price(BTC).price())
                .as("the next pass starts again").isEqualByComparingTo("100");
        assertThat(new ReplayPriceSource(market, at(15_000 + 100)).price(ETH).price())
                .as("before its first message of the pass: the last one of the previous pass")
                .isEqualByComparingTo("2000");

        ReplayPriceSource source = new ReplayPriceSource(market, at(15_600));
        assertThat(source.prices(List.of(ETH, BTC, ETH))).extracting(PriceTick::symbol).containsExactly(ETH, BTC);
        assertThat(source.symbols()).extracting(SymbolInfo::symbol).containsExactly(BTC, ETH, new Symbol("SOLUSDT"));
        assertThatThrownBy(() -> source.price(new Symbol("XYZUSDT"))).isInstanceOf(UnknownSymbolException.class);
        assertThatThrownBy(() -> source.price(new Symbol("SOLUSDT"))).isInstanceOf(PriceUnavailableException.class);
    }

    @Test
    void aRecordingOutOfFormatIsRejectedAtLoad() {
        assertThatThrownBy(() -> ReplayMarket.of(EXCHANGE_INFO, "0 " + mini("BTCUSDT", "1", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tab");
        assertThatThrownBy(() -> ReplayMarket.of(EXCHANGE_INFO, "5\t" + mini("BTCUSDT", "1", "1") + "\n1\t"
                + mini("BTCUSDT", "1", "1"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decrease");
        assertThatThrownBy(() -> ReplayMarket.of(EXCHANGE_INFO, "0\t{\"stream\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFeedStartsWithTheCurrentStateThenLoopsForeverStampingTicksWithTheClock() {
        Clock clock = at(15_000);
        Recorder recorder = new Recorder();
        try (TickerFeed.Connection connection = new ReplayTickerFeed(small(), clock).connect(Set.of(BTC), recorder)) {
            // the state at position 0 (mini 100 with the book of the previous pass), then book, 110, 120; again
            await("two passes", () -> recorder.ticks.size() >= 8);
        }
        List<String> prices = recorder.ticks.stream().map(tick -> tick.price().toPlainString()).toList();
        assertThat(prices.subList(0, 8)).containsExactly("100.00", "100.00", "110.00", "120.00",
                "100.00", "100.00", "110.00", "120.00");
        assertThat(recorder.ticks).allSatisfy(tick -> {
            assertThat(tick.symbol()).isEqualTo(BTC);
            assertThat(tick.asOf()).isEqualTo(clock.instant());
            assertThat(tick.source()).isEqualTo("replay");
            assertThat(tick.bid()).contains(new BigDecimal("99.99"));
        });
        assertThat(recorder.statuses).first().asString().startsWith("up");
    }

    @Test
    void closeEndsTheFeedsThread() throws InterruptedException {
        Set<Thread> before = replayThreads();
        Recorder recorder = new Recorder();
        TickerFeed.Connection connection = new ReplayTickerFeed(small(), at(0)).connect(Set.of(BTC, ETH), recorder);
        await("a tick", () -> !recorder.ticks.isEmpty());
        Set<Thread> mine = replayThreads();
        mine.removeAll(before);
        assertThat(mine).as("the connection's own thread").hasSize(1);

        connection.close();

        // the executor has terminated when close() returns; its thread may need a moment to exit run()
        await("the connection's thread to end", () -> mine.stream().noneMatch(Thread::isAlive));
        int seen = recorder.ticks.size();
        Thread.sleep(600);
        assertThat(recorder.ticks).hasSize(seen);
    }

    private static Set<Thread> replayThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("replay-ticker-") && thread.isAlive())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void theBundledFeedDeliversEverySubscribedSymbolAtOnce() {
        ReplayMarket market = ReplayMarket.bundled();
        Set<Symbol> symbols = market.symbols().stream().map(SymbolInfo::symbol).collect(Collectors.toSet());
        Recorder recorder = new Recorder();
        try (TickerFeed.Connection connection = new ReplayTickerFeed(market, Clock.systemUTC()).connect(symbols,
                recorder)) {
            await("a tick of every symbol", () -> recorder.ticks.stream().map(PriceTick::symbol)
                    .collect(Collectors.toSet()).containsAll(symbols));
        }
    }

    private static long size(String resource) throws IOException {
        try (InputStream in = ReplayMarket.class.getResourceAsStream(resource)) {
            return in.readAllBytes().length;
        }
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    static final class Recorder implements TickerFeed.Listener {
        final List<PriceTick> ticks = new CopyOnWriteArrayList<>();
        final List<String> statuses = new CopyOnWriteArrayList<>();

        @Override
        public void onTick(PriceTick tick) {
            ticks.add(tick);
        }

        @Override
        public void onStatus(boolean up, String reason) {
            statuses.add((up ? "up: " : "down: ") + reason);
        }
    }
}

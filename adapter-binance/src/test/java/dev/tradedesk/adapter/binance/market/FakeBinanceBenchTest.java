package dev.tradedesk.adapter.binance.market;

import static dev.tradedesk.adapter.binance.market.BinanceTickerFeedTest.await;
import static dev.tradedesk.adapter.binance.market.BinanceTickerFeedTest.streamSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.binance.fake.FakeBinanceBench;
import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's fake Binance ({@link FakeBinanceBench}, {@link FakeBinanceServer#startTicking}) read by
 * the service's own clients: 50 USDT symbols over REST, and mini tickers round robin over them on the
 * combined stream, each symbol's first tick of a connection with its book. Counts and order only; how
 * fast is the benchmark's business.
 */
class FakeBinanceBenchTest {

    @Test
    void listsFiftySymbolsWithTickersOverRest() {
        try (FakeBinanceServer fake = FakeBinanceBench.serve(50)) {
            BinancePriceSource source = new BinancePriceSource(FakeBinance.settings(fake.baseUrl()), Clock.systemUTC());

            assertThat(source.symbols()).hasSize(50)
                    .allSatisfy(info -> assertThat(info.symbol().value()).endsWith("USDT"));
            List<Symbol> symbols = FakeBinanceBench.SYMBOLS.stream().map(Symbol::new).toList();
            List<PriceTick> prices = source.prices(symbols);
            assertThat(prices).hasSize(50).allSatisfy(tick -> {
                assertThat(tick.bid()).isPresent();
                assertThat(tick.ask()).isPresent();
            });
            assertThat(source.lastPrices(symbols)).hasSize(50);
        }
    }

    @Test
    void ticksRoundRobinOverTheSymbolsWithFreshEventTimesAndTheBookOncePerConnection() {
        List<String> names = FakeBinanceBench.SYMBOLS.subList(0, 5);
        Set<Symbol> symbols = names.stream().map(Symbol::new).collect(Collectors.toCollection(LinkedHashSet::new));
        BinanceTickerFeedTest.Recorder recorder = new BinanceTickerFeedTest.Recorder();
        try (FakeBinanceServer fake = FakeBinanceBench.serve(5)) {
            BinanceTickerFeed feed = new BinanceTickerFeed(FakeBinance.settings(fake.baseUrl())
                    .withStream(streamSettings(fake.wsUrl())), HttpClient.newHttpClient());
            TickerFeed.Connection connection = feed.connect(symbols, recorder);
            try {
                await("stream up", recorder::isUp);
                try (FakeBinanceServer.Ticking ticking = fake.startTicking(names, 100)) {
                    List<PriceTick> ticks = new ArrayList<>();
                    // 4 rounds of mini tickers, plus one tick per symbol from its book after its first mini
                    while (ticks.size() < 4 * 5 + 5) {
                        ticks.add(recorder.next());
                    }
                    assertThat(ticking.published()).isGreaterThanOrEqualTo(20);

                    Map<Symbol, Integer> perSymbol = new HashMap<>();
                    ticks.forEach(tick -> perSymbol.merge(tick.symbol(), 1, Integer::sum));
                    assertThat(perSymbol).containsOnlyKeys(symbols).allSatisfy((symbol, count) ->
                            assertThat(count).isBetween(4, 6));
                    // the first tick of a symbol has no book yet, its second (from the book) and every later one has
                    Map<Symbol, List<PriceTick>> bySymbol = ticks.stream()
                            .collect(Collectors.groupingBy(PriceTick::symbol));
                    bySymbol.forEach((symbol, list) -> {
                        assertThat(list.get(0).bid()).isEmpty();
                        assertThat(list.subList(1, list.size())).allSatisfy(tick -> {
                            assertThat(tick.bid()).isPresent();
                            assertThat(tick.ask()).isPresent();
                            assertThat(tick.bid().get()).isLessThan(tick.ask().get());
                        });
                        // one tick per mini ticker after the book's: each has a later event time than the last
                        for (int i = 2; i < list.size(); i++) {
                            assertThat(list.get(i).asOf()).isAfter(list.get(i - 1).asOf());
                        }
                    });
                    // round robin: the mini tickers come in the symbols' order, round after round
                    List<Symbol> order = new ArrayList<>();
                    Map<Symbol, java.time.Instant> seen = new HashMap<>();
                    for (PriceTick tick : ticks) {
                        if (!tick.asOf().equals(seen.put(tick.symbol(), tick.asOf()))) {
                            order.add(tick.symbol());
                        }
                    }
                    List<Symbol> expected = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        expected.add(new Symbol(names.get(i % 5)));
                    }
                    assertThat(order).isEqualTo(expected);
                }
            } finally {
                connection.close();
            }
        }
    }
}

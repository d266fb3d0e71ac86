package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.common.InMemoryLeases;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarketDataTest {

    private static final Symbol BTC = new Symbol("BTCUSDT");
    private static final Symbol ETH = new Symbol("ETHUSDT");
    private static final Symbol OLD = new Symbol("OLDUSDT");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryPriceSource exchange = new InMemoryPriceSource();
    private final InMemoryPriceCache cache = new InMemoryPriceCache();
    private final InMemoryTickerFanout fanout = new InMemoryTickerFanout();
    private final InMemoryLeases leases = new InMemoryLeases(clock);
    private final InMemoryTickerFeed feed = new InMemoryTickerFeed();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    MarketDataTest() {
        exchange.put(info(BTC, SymbolStatus.TRADING));
        exchange.put(info(ETH, SymbolStatus.TRADING));
        exchange.put(info(OLD, SymbolStatus.BREAK));
        exchange.put(tick(BTC, "64000.10", clock.instant()));
        exchange.put(tick(ETH, "3000.5", clock.instant()));
    }

    @AfterEach
    void closeNodes() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    private static SymbolInfo info(Symbol symbol, SymbolStatus status) {
        return new SymbolInfo(symbol, symbol.value().replace("USDT", ""), "USDT", status,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static PriceTick tick(Symbol symbol, String price, Instant asOf) {
        return new PriceTick(symbol, new BigDecimal(price), new BigDecimal("1.5"), BigDecimal.TEN,
                Optional.empty(), Optional.empty(), asOf, "test");
    }

    private MarketSettings settings(String node) {
        return new MarketSettings("test", node, Duration.ofSeconds(10), Set.of(BTC, ETH, OLD),
                Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    private MarketDataService node(String name) {
        MarketDataService market = new MarketDataService(exchange, cache, fanout, clock, settings(name));
        market.start();
        closeables.add(market);
        return market;
    }

    private MarketStreamLeader leader(MarketDataService market, String name) {
        MarketStreamLeader leader = new MarketStreamLeader(feed, exchange, fanout, cache, leases, market, clock,
                settings(name));
        closeables.add(0, leader);
        return leader;
    }

    @Nested
    class Prices {

        @Test
        void aFreshTickFromTheClusterIsServedWithoutAskingTheExchange() {
            MarketDataService market = node("a");
            fanout.publish(tick(BTC, "64100", clock.instant()));

            assertThat(market.price(BTC).price()).isEqualByComparingTo("64100");
            assertThat(exchange.priceCalls()).isZero();
        }

        @Test
        void aStaleTickInMemoryFallsBackToTheSharedCacheThenToTheExchange() {
            MarketDataService market = node("a");
            fanout.publish(tick(BTC, "63000", clock.instant()));
            clock.advance(Duration.ofSeconds(11));
            cache.put(tick(BTC, "63500", clock.instant().minusSeconds(2)));

            assertThat(market.price(BTC).price()).isEqualByComparingTo("63500");
            assertThat(exchange.priceCalls()).isZero();

            clock.advance(Duration.ofSeconds(20));
            exchange.put(tick(BTC, "64200", clock.instant()));
            assertThat(market.price(BTC).price()).isEqualByComparingTo("64200");
            assertThat(exchange.priceCalls()).isEqualTo(1);
            assertThat(cache.latest(BTC)).get().extracting(PriceTick::price).isEqualTo(new BigDecimal("64200"));
        }

        @Test
        void noPriceFresherThanTheLimitIsUnavailableNeverStale() {
            MarketDataService market = node("a");
            exchange.put(tick(BTC, "60000", clock.instant().minusSeconds(30)));

            assertThatThrownBy(() -> market.price(BTC)).isInstanceOf(PriceUnavailableException.class)
                    .hasMessageContaining("fresher than 10 s");
        }

        @Test
        void anExchangeFailureIsUnavailableAndNotRetriedAtOnce() {
            MarketDataService market = node("a");
            market.tradableSymbols();
            exchange.unavailable();

            assertThatThrownBy(() -> market.price(BTC)).isInstanceOf(PriceUnavailableException.class);
            assertThatThrownBy(() -> market.price(BTC)).isInstanceOf(PriceUnavailableException.class);
            assertThat(exchange.priceCalls()).isEqualTo(1);

            exchange.recover();
            clock.advance(Duration.ofSeconds(2));
            assertThat(market.price(BTC).price()).isEqualByComparingTo("64000.10");
        }

        @Test
        void anUnknownSymbolIsUnknownWithoutAPriceRequest() {
            MarketDataService market = node("a");

            assertThatThrownBy(() -> market.price(new Symbol("NOPEUSDT"))).isInstanceOf(UnknownSymbolException.class);
            assertThat(exchange.priceCalls()).isZero();
        }

        @Test
        void concurrentRequestsForAStalePriceAskTheExchangeOnce() throws Exception {
            MarketDataService market = node("a");
            market.tradableSymbols();
            CountDownLatch gate = new CountDownLatch(1);
            exchange.holdPricesUntil(gate);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<PriceTick>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> market.price(BTC)));
                }
                while (exchange.priceCalls() == 0) {
                    Thread.sleep(5);
                }
                Thread.sleep(50);
                gate.countDown();
                for (Future<PriceTick> answer : answers) {
                    assertThat(answer.get(5, TimeUnit.SECONDS).price()).isEqualByComparingTo("64000.10");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(exchange.priceCalls()).isEqualTo(1);
        }
    }

    @Nested
    class Symbols {

        @Test
        void onlyTradableSymbolsAreListedInOrderButEveryListedSymbolIsKnown() {
            MarketDataService market = node("a");

            assertThat(market.tradableSymbols()).extracting(SymbolInfo::symbol).containsExactly(BTC, ETH);
            assertThat(market.symbol(OLD).status()).isEqualTo(SymbolStatus.BREAK);
        }

        @Test
        void aFailedRefreshKeepsThePreviousList() {
            MarketDataService market = node("a");
            market.tradableSymbols();
            clock.advance(Duration.ofMinutes(11));
            exchange.unavailable();

            assertThat(market.tradableSymbols()).hasSize(2);
        }

        @Test
        void withoutAnyListTheSymbolsAreUnavailable() {
            MarketDataService market = node("a");
            exchange.unavailable();

            assertThatThrownBy(market::tradableSymbols).isInstanceOf(PriceUnavailableException.class);
        }
    }

    @Nested
    class Cluster {

        @Test
        void oneNodeHoldsTheStreamAndEveryNodeGetsEveryTick() {
            MarketDataService a = node("a");
            MarketDataService b = node("b");
            MarketStreamLeader leaderA = leader(a, "a");
            MarketStreamLeader leaderB = leader(b, "b");
            leaderA.maintain();
            leaderB.maintain();
            leaderA.maintain();
            List<PriceTick> seenByB = new CopyOnWriteArrayList<>();
            b.watch(seenByB::add);

            assertThat(feed.openConnections()).hasSize(1);
            assertThat(feed.openConnections().get(0).symbols()).containsExactlyInAnyOrder(BTC, ETH);
            assertThat(a.status().streamHolder()).isTrue();
            assertThat(b.status().streamHolder()).isFalse();

            feed.status(true, "connected");
            feed.emit(tick(ETH, "3100", clock.instant()));

            assertThat(a.latestTick(ETH)).get().extracting(PriceTick::price).isEqualTo(new BigDecimal("3100"));
            assertThat(b.latestTick(ETH)).get().extracting(PriceTick::price).isEqualTo(new BigDecimal("3100"));
            assertThat(seenByB).extracting(PriceTick::symbol).containsExactly(ETH);
            assertThat(cache.latest(ETH)).isPresent();
        }

        @Test
        void whenTheHolderDiesAnotherNodeTakesTheStreamOverOnceTheLeaseRunsOut() {
            MarketDataService a = node("a");
            MarketDataService b = node("b");
            MarketStreamLeader leaderA = leader(a, "a");
            MarketStreamLeader leaderB = leader(b, "b");
            leaderA.maintain();
            leaderB.maintain();
            InMemoryTickerFeed.FeedConnection first = feed.openConnections().get(0);

            // node a dies: it stops renewing, its socket stays as it was
            clock.advance(Duration.ofSeconds(4));
            leaderB.maintain();
            assertThat(leaderB.holdsStream()).isFalse();
            clock.advance(Duration.ofSeconds(2));
            leaderB.maintain();

            assertThat(leaderB.holdsStream()).isTrue();
            assertThat(feed.connectionsMade()).isEqualTo(2);
            first.close();
            feed.status(true, "connected");
            feed.emit(tick(BTC, "65000", clock.instant()));
            assertThat(b.price(BTC).price()).isEqualByComparingTo("65000");
        }

        @Test
        void aNodeThatLosesTheLeaseClosesItsStream() {
            MarketDataService a = node("a");
            MarketStreamLeader leaderA = leader(a, "a");
            leaderA.maintain();
            leases.setReachable(false);

            leaderA.maintain();

            assertThat(leaderA.holdsStream()).isFalse();
            assertThat(feed.openConnections()).isEmpty();
            assertThat(a.status().streamHolder()).isFalse();
        }

        @Test
        void whileTheStreamIsDownTheHolderPollsRestPricesForEveryNode() {
            MarketDataService a = node("a");
            MarketDataService b = node("b");
            MarketStreamLeader leaderA = leader(a, "a");
            leaderA.maintain();
            assertThat(b.latestTick(BTC)).as("polled at once, before the stream is up").isPresent();
            feed.status(false, "connection refused");
            clock.advance(Duration.ofSeconds(2));
            exchange.put(tick(BTC, "64321", clock.instant()));

            leaderA.maintain();

            assertThat(b.latestTick(BTC)).get().extracting(PriceTick::price).isEqualTo(new BigDecimal("64321"));
            int calls = exchange.priceCalls();
            leaderA.maintain();
            assertThat(exchange.priceCalls()).as("no second poll within the interval").isEqualTo(calls);

            feed.status(true, "connected");
            clock.advance(Duration.ofSeconds(3));
            leaderA.maintain();
            assertThat(exchange.priceCalls()).as("no polling while the stream is up").isEqualTo(calls);
        }

        @Test
        void failedPollsBackOffExponentiallyUpToALimit() {
            MarketDataService a = node("a");
            MarketStreamLeader leaderA = leader(a, "a");
            exchange.unavailable();
            leaderA.maintain(); // opens the stream, polls once: failure 1, next poll in 4 s
            int calls = exchange.batchCalls();

            clock.advance(Duration.ofSeconds(3));
            leaderA.maintain();
            assertThat(exchange.batchCalls()).as("backing off after one failure").isEqualTo(calls);
            clock.advance(Duration.ofSeconds(1));
            leaderA.maintain(); // failure 2, next poll in 8 s
            assertThat(exchange.batchCalls()).isGreaterThan(calls);
            calls = exchange.batchCalls();
            clock.advance(Duration.ofSeconds(7));
            leaderA.maintain();
            assertThat(exchange.batchCalls()).as("backing off longer after two").isEqualTo(calls);

            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofSeconds(60));
                leaderA.maintain();
            }
            calls = exchange.batchCalls();
            clock.advance(Duration.ofSeconds(60));
            leaderA.maintain();
            assertThat(exchange.batchCalls()).as("never more than a minute apart").isGreaterThan(calls);

            exchange.recover();
            exchange.put(tick(BTC, "64444", clock.instant()));
            clock.advance(Duration.ofSeconds(60));
            leaderA.maintain();
            assertThat(a.latestTick(BTC)).get().extracting(PriceTick::price).isEqualTo(new BigDecimal("64444"));
            calls = exchange.batchCalls();
            clock.advance(Duration.ofSeconds(2));
            leaderA.maintain();
            assertThat(exchange.batchCalls()).as("back to the normal interval after a success").isGreaterThan(calls);
        }

        @Test
        void whenTheFanoutIsDownTheHolderStillServesItsOwnNode() {
            MarketDataService a = node("a");
            MarketStreamLeader leaderA = leader(a, "a");
            leaderA.maintain();
            feed.status(true, "connected");
            fanout.disconnect();

            feed.emit(tick(BTC, "64999", clock.instant()));

            assertThat(a.price(BTC).price()).isEqualByComparingTo("64999");
        }

        @Test
        void closingTheHolderReleasesTheLeaseAtOnce() {
            MarketDataService a = node("a");
            MarketDataService b = node("b");
            MarketStreamLeader leaderA = leader(a, "a");
            MarketStreamLeader leaderB = leader(b, "b");
            leaderA.maintain();

            leaderA.close();
            leaderB.maintain();

            assertThat(leaderB.holdsStream()).isTrue();
            assertThat(feed.openConnections()).hasSize(1);
        }
    }

    @Nested
    class Health {

        @Test
        void upWithTheAgeOfTheNewestTickWhileItIsFresh() {
            MarketDataService market = node("a");
            assertThat(market.status().up()).isFalse();
            assertThat(market.status().age()).isEmpty();

            fanout.publish(tick(BTC, "64000", clock.instant()));
            clock.advance(Duration.ofSeconds(3));
            assertThat(market.status().up()).isTrue();
            assertThat(market.status().age()).contains(Duration.ofSeconds(3));

            clock.advance(Duration.ofSeconds(8));
            assertThat(market.status().up()).isFalse();
        }
    }
}

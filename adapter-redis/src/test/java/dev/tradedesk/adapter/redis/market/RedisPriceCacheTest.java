package dev.tradedesk.adapter.redis.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.application.market.PriceCacheContract;
import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract on the test run's real Redis. Each call of {@link #cache()} alternates between two
 * nodes' connections, so the contract's reads and writes cross nodes.
 */
class RedisPriceCacheTest extends PriceCacheContract {

    private static final TestRedis REDIS = TestServers.redis();
    private static final Duration TTL = Duration.ofHours(1);
    private static RedisConnections nodeA;
    private static RedisConnections nodeB;
    private int calls;

    @BeforeAll
    static void connect() {
        nodeA = new RedisConnections(REDIS.url(), REDIS.keyPrefix(), Duration.ofSeconds(2));
        nodeB = new RedisConnections(REDIS.url(), REDIS.keyPrefix(), Duration.ofSeconds(2));
    }

    @AfterAll
    static void disconnect() {
        nodeA.close();
        nodeB.close();
    }

    @Override
    protected PriceCache cache() {
        return new SwitchingCache(new RedisPriceCache(nodeA, TTL, Duration.ofSeconds(1)),
                new RedisPriceCache(nodeB, TTL, Duration.ofSeconds(1)));
    }

    @Test
    void a_node_reads_what_another_node_wrote_and_ignores_its_older_write() {
        RedisPriceCache a = new RedisPriceCache(nodeA, TTL, Duration.ofSeconds(1));
        RedisPriceCache b = new RedisPriceCache(nodeB, TTL, Duration.ofSeconds(1));
        Symbol symbol = uniqueSymbol();
        PriceTick newer = tick(symbol, "2", Instant.parse("2026-11-21T10:00:01Z"));

        a.put(newer);
        b.put(tick(symbol, "1", Instant.parse("2026-11-21T10:00:00Z")));

        assertThat(b.latest(symbol)).contains(newer);
    }

    @Test
    void keeps_one_key_per_symbol_under_the_prefix_with_the_time_to_live() {
        RedisPriceCache cache = new RedisPriceCache(nodeA, TTL, Duration.ofSeconds(1));
        Symbol symbol = uniqueSymbol();

        cache.put(tick(symbol, "1", Instant.parse("2026-11-21T10:00:00Z")));

        String key = REDIS.key("market:price:" + symbol.value());
        assertThat(REDIS.keys()).contains(key);
        assertThat(nodeA.connection().sync().pttl(key)).isPositive().isLessThanOrEqualTo(TTL.toMillis());
    }

    @Test
    void an_unreadable_stored_value_is_a_miss_and_the_next_put_repairs_it() {
        RedisPriceCache cache = new RedisPriceCache(nodeA, TTL, Duration.ofSeconds(1));
        Symbol symbol = uniqueSymbol();
        String key = REDIS.key("market:price:" + symbol.value());
        nodeA.connection().sync().hset(key, java.util.Map.of("s", "1", "n", "0", "t", "not a tick"));

        assertThat(cache.latest(symbol)).isEmpty();

        PriceTick tick = tick(symbol, "3", Instant.parse("2026-11-21T10:00:00Z"));
        cache.put(tick);
        assertThat(cache.latest(symbol)).contains(tick);
    }

    @Test
    void sends_its_script_to_a_server_that_has_never_seen_it() {
        try (EmbeddedRedisServer fresh = EmbeddedRedisServer.start();
             RedisConnections connections = new RedisConnections(fresh.url(), "fresh:", Duration.ofSeconds(2))) {
            RedisPriceCache cache = new RedisPriceCache(connections, TTL, Duration.ofSeconds(1));
            Symbol symbol = uniqueSymbol();
            PriceTick tick = tick(symbol, "5", Instant.parse("2026-11-21T10:00:00Z"));

            cache.put(tick);

            assertThat(cache.latest(symbol)).contains(tick);
        }
    }

    @Test
    void without_redis_reads_miss_and_writes_are_dropped_without_an_exception() throws IOException {
        try (RedisConnections nowhere = LettuceTickerFanoutTest.unreachable()) {
            RedisPriceCache cache = new RedisPriceCache(nowhere, TTL, Duration.ofMillis(500));
            Symbol symbol = uniqueSymbol();

            cache.put(tick(symbol, "1", Instant.parse("2026-11-21T10:00:00Z")));
            assertThat(cache.latest(symbol)).isEmpty();
        }
    }

    /** Writes on one node, reads on the other, in turns. */
    private final class SwitchingCache implements PriceCache {

        private final PriceCache first;
        private final PriceCache second;

        SwitchingCache(PriceCache first, PriceCache second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void put(PriceTick tick) {
            (calls++ % 2 == 0 ? first : second).put(tick);
        }

        @Override
        public java.util.Optional<PriceTick> latest(Symbol symbol) {
            return (calls++ % 2 == 0 ? first : second).latest(symbol);
        }
    }
}

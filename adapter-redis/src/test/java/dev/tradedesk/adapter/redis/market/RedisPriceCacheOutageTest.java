package dev.tradedesk.adapter.redis.market;

import static dev.tradedesk.adapter.redis.market.LettuceTickerFanoutOutageTest.await;
import static dev.tradedesk.adapter.redis.market.LettuceTickerFanoutOutageTest.tick;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.adapter.redis.common.RedisLeases;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A real Redis outage under the cache and the leases: while Redis is down nothing throws, reads miss,
 * writes are dropped and no lease is granted; once it is back (empty: Redis holds nothing that cannot
 * be rebuilt) both work again on the same connections.
 */
class RedisPriceCacheOutageTest {

    private static final Symbol BTCUSDT = new Symbol("BTCUSDT");

    @Test
    void while_redis_is_down_the_cache_misses_and_no_lease_is_granted_and_both_recover() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start();
        int port = redis.port();
        try (var node = new RedisConnections(redis.url(), "outage:", Duration.ofSeconds(1))) {
            RedisPriceCache cache = new RedisPriceCache(node, Duration.ofHours(1), Duration.ofSeconds(1));
            RedisLeases leases = new RedisLeases(node, Duration.ofSeconds(1));
            cache.put(tick(1));
            assertThat(cache.latest(BTCUSDT)).contains(tick(1));
            assertThat(leases.acquire("ticker-stream", "node-a", Duration.ofMinutes(1))).isTrue();

            redis.close();
            await(() -> cache.latest(BTCUSDT).isEmpty());
            cache.put(tick(2));
            assertThat(cache.latest(BTCUSDT)).isEmpty();
            assertThat(leases.acquire("ticker-stream", "node-a", Duration.ofMinutes(1)))
                    .as("not even the holder can prove it holds the lease").isFalse();
            assertThat(leases.holder("ticker-stream")).isEmpty();
            leases.release("ticker-stream", "node-a");

            redis = EmbeddedRedisServer.start(port);
            PriceTick after = tick(3);
            await(() -> {
                cache.put(after);
                return cache.latest(BTCUSDT).isPresent();
            });
            assertThat(cache.latest(BTCUSDT)).contains(after);
            assertThat(leases.acquire("ticker-stream", "node-b", Duration.ofMinutes(1))).isTrue();
            assertThat(leases.holder("ticker-stream")).contains("node-b");
        } finally {
            redis.close();
        }
    }
}

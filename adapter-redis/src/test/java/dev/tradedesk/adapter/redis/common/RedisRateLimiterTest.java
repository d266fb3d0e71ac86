package dev.tradedesk.adapter.redis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.RateLimiterContract;
import dev.tradedesk.application.common.ResilientRateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiter.Limit;
import dev.tradedesk.application.common.port.out.RateLimiterUnavailableException;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on the test run's real Redis, plus what only a shared, remote store has to get right. */
class RedisRateLimiterTest extends RateLimiterContract {

    private static final TestRedis REDIS = TestServers.redis();
    private static RedisConnections nodeA;
    private static RedisConnections nodeB;

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
    protected RateLimiter newLimiter(Clock clock) {
        return new RedisRateLimiter(nodeA, clock);
    }

    @Test
    void nodes_share_their_counters() {
        RedisRateLimiter other = new RedisRateLimiter(nodeB, clock);
        Limit key = uniqueLimit(POLICY);

        assertThat(limiter().tryAcquire(key)).isEmpty();
        assertThat(other.tryAcquire(key)).isEmpty();
        assertThat(limiter().tryAcquire(key)).isEmpty();

        assertThat(other.tryAcquire(key)).contains(Duration.ofSeconds(1));
        other.reset(key.key());
        assertThat(limiter().tryAcquire(key)).isEmpty();
    }

    @Test
    void keeps_its_counters_under_the_key_prefix_and_lets_redis_expire_them() {
        Limit key = uniqueLimit(POLICY);

        limiter().tryAcquire(key);

        String stored = REDIS.key(key.key());
        assertThat(REDIS.keys()).contains(stored);
        assertThat(nodeA.connection().sync().pttl(stored)).as("forgotten 60 s after the attempt")
                .isPositive().isLessThanOrEqualTo(60_000);

        for (int i = 0; i < 9; i++) {
            limiter().tryAcquire(key);
            clock.advance(Duration.ofSeconds(8));
        }
        assertThat(nodeA.connection().sync().pttl(stored)).as("kept through the wait, then 60 s")
                .isGreaterThan(60_000).isLessThanOrEqualTo(68_000);
    }

    @Test
    void sends_its_scripts_to_a_server_that_has_never_seen_them() {
        try (EmbeddedRedisServer fresh = EmbeddedRedisServer.start();
             RedisConnections connections = new RedisConnections(fresh.url(), "fresh:", Duration.ofSeconds(2))) {
            RedisRateLimiter limiter = new RedisRateLimiter(connections, clock);
            Limit key = uniqueLimit(POLICY);

            for (int i = 0; i < 3; i++) {
                assertThat(limiter.tryAcquire(key)).isEmpty();
            }
            assertThat(limiter.tryAcquire(key)).isPresent();
            limiter.release(key);
            assertThat(limiter.tryAcquire(key)).isEmpty();
        }
    }

    @Test
    void fails_at_once_when_redis_cannot_be_reached() throws IOException {
        try (RedisConnections nowhere = unreachable()) {
            RedisRateLimiter limiter = new RedisRateLimiter(nowhere, clock);
            Limit key = uniqueLimit(POLICY);

            assertThatThrownBy(() -> limiter.tryAcquire(key)).isInstanceOf(RateLimiterUnavailableException.class);
            assertThatThrownBy(() -> limiter.release(key)).isInstanceOf(RateLimiterUnavailableException.class);
            assertThatThrownBy(() -> limiter.reset(key.key())).isInstanceOf(RateLimiterUnavailableException.class);
        }
    }

    @Test
    void with_redis_unreachable_the_node_still_limits_on_its_own_counters() throws IOException {
        try (RedisConnections nowhere = unreachable()) {
            ResilientRateLimiter limiter = new ResilientRateLimiter(new RedisRateLimiter(nowhere, clock),
                    new LocalRateLimiter(clock), clock, Duration.ofSeconds(5));
            Limit key = uniqueLimit(POLICY);

            for (int i = 0; i < 3; i++) {
                assertThat(limiter.tryAcquire(key)).isEmpty();
            }
            assertThat(limiter.tryAcquire(key)).contains(Duration.ofSeconds(1));
            assertThat(limiter.degraded()).isTrue();
        }
    }

    /** Connections to a port nothing listens on. */
    private static RedisConnections unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new RedisConnections("redis://127.0.0.1:" + port, REDIS.keyPrefix(), Duration.ofMillis(500));
    }
}

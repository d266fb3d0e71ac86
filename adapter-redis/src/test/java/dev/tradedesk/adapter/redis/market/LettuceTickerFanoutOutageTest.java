package dev.tradedesk.adapter.redis.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.adapter.redis.common.RedisLeases;
import dev.tradedesk.application.market.port.out.FanoutUnavailableException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real Redis outage: the server stops and comes back on the same port. Publishing fails at once while
 * the connection is down (it does not wait out its timeout, nor queue the tick for later), and
 * delivery resumes by itself once Redis is back.
 */
class LettuceTickerFanoutOutageTest {

    /** Long enough that a publish which waited for it would not fail "at once". */
    private static final Duration PATIENT = Duration.ofMinutes(5);

    @Test
    void while_redis_is_down_publish_fails_at_once_and_afterwards_delivery_resumes() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start();
        int port = redis.port();
        try (var subscriberNode = new RedisConnections(redis.url(), "outage:", Duration.ofSeconds(1));
             var publisherNode = new RedisConnections(redis.url(), "outage:", Duration.ofSeconds(1));
             var subscriber = new LettuceTickerFanout(subscriberNode, PATIENT);
             var publisher = new LettuceTickerFanout(publisherNode, PATIENT)) {
            List<PriceTick> received = new CopyOnWriteArrayList<>();
            subscriber.subscribe(received::add);
            PriceTick before = tick(1);
            publisher.publish(before);
            await(() -> received.contains(before));

            redis.close();
            PriceTick during = tick(2);
            await(() -> {
                try {
                    publisher.publish(during);
                    return false;
                } catch (FanoutUnavailableException e) {
                    return true;
                }
            });
            assertThatThrownBy(() -> publisher.publish(during)).isInstanceOf(FanoutUnavailableException.class)
                    .as("refused because the connection is down, not after waiting for a reply")
                    .hasCauseInstanceOf(RedisConnectionException.class);

            redis = EmbeddedRedisServer.start(port);
            PriceTick after = tick(3);
            await(() -> {
                try {
                    publisher.publish(after);
                } catch (FanoutUnavailableException e) {
                    return false;
                }
                return received.contains(after);
            });
            assertThat(received).as("the refused tick was never sent late").doesNotContain(during)
                    .startsWith(before);
        } finally {
            redis.close();
        }
    }

    @Test
    void a_subscription_made_while_redis_is_unreachable_starts_receiving_once_it_is_up() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "redis://127.0.0.1:" + port;
        EmbeddedRedisServer redis = null;
        try (var subscriberNode = new RedisConnections(url, "late:", Duration.ofSeconds(1));
             var publisherNode = new RedisConnections(url, "late:", Duration.ofSeconds(1));
             var subscriber = new LettuceTickerFanout(subscriberNode, PATIENT);
             var publisher = new LettuceTickerFanout(publisherNode, PATIENT)) {
            List<PriceTick> received = new CopyOnWriteArrayList<>();
            subscriber.subscribe(received::add);

            redis = EmbeddedRedisServer.start(port);
            PriceTick tick = tick(1);
            await(() -> {
                try {
                    publisher.publish(tick);
                } catch (FanoutUnavailableException e) {
                    return false;
                }
                return received.contains(tick);
            });
            assertThat(received).contains(tick);
        } finally {
            if (redis != null) {
                redis.close();
            }
        }
    }

    @Test
    @Timeout(60)
    void a_redis_that_never_answers_fails_or_misses_instead_of_hanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        Socket ignored = silent.accept();
                    }
                } catch (Exception e) {
                    // closed at the end of the test
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            try (var node = new RedisConnections("redis://127.0.0.1:" + silent.getLocalPort(), "silent:",
                    Duration.ofMillis(300));
                 var fanout = new LettuceTickerFanout(node, Duration.ofMillis(300))) {
                RedisPriceCache cache = new RedisPriceCache(node, Duration.ofHours(1), Duration.ofMillis(300));
                RedisLeases leases = new RedisLeases(node, Duration.ofMillis(300));

                assertThatThrownBy(() -> fanout.publish(tick(1))).isInstanceOf(FanoutUnavailableException.class);
                cache.put(tick(1));
                assertThat(cache.latest(new Symbol("BTCUSDT"))).isEmpty();
                assertThat(leases.acquire("ticker-stream", "node-a", Duration.ofSeconds(10))).isFalse();
                assertThat(leases.holder("ticker-stream")).isEmpty();
            }
        }
    }

    @Test
    @Timeout(60)
    void a_redis_that_stops_answering_on_a_live_connection_costs_a_caller_at_most_its_timeout() throws Exception {
        try (EmbeddedRedisServer redis = EmbeddedRedisServer.start();
             var node = new RedisConnections(redis.url(), "paused:", Duration.ofSeconds(30));
             var admin = new RedisConnections(redis.url(), "", Duration.ofSeconds(5));
             var fanout = new LettuceTickerFanout(node, Duration.ofMillis(300))) {
            RedisPriceCache cache = new RedisPriceCache(node, Duration.ofHours(1), Duration.ofMillis(300));
            RedisLeases leases = new RedisLeases(node, Duration.ofMillis(300));
            fanout.publish(tick(1));
            cache.put(tick(1));

            admin.connection().sync().clientPause(3_000);

            assertThatThrownBy(() -> fanout.publish(tick(2))).isInstanceOf(FanoutUnavailableException.class)
                    .as("given up on after its own timeout, not the connection's 30 s")
                    .hasCauseInstanceOf(RedisCommandTimeoutException.class);
            assertThat(cache.latest(new Symbol("BTCUSDT"))).isEmpty();
            cache.put(tick(0));
            assertThat(leases.acquire("ticker-stream", "node-a", Duration.ofSeconds(10))).isFalse();

            await(() -> cache.latest(new Symbol("BTCUSDT")).isPresent());
            assertThat(cache.latest(new Symbol("BTCUSDT"))).as("a late write, if applied, is still only newer-wins")
                    .contains(tick(1));
        }
    }

    static PriceTick tick(int second) {
        return new PriceTick(new Symbol("BTCUSDT"), new BigDecimal("64000." + second), BigDecimal.ONE,
                BigDecimal.TEN, Optional.empty(), Optional.empty(),
                Instant.parse("2026-11-21T10:00:00Z").plusSeconds(second), "outage");
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}

package dev.tradedesk.adapter.redis.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.domain.sessions.Revocation;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A real Redis outage: the server stops and comes back on the same port. The subscription is
 * re-established by Lettuce and reported again, which is the node's cue to catch up from the database,
 * and announcements flow again.
 */
class LettuceRevocationBusOutageTest {

    @Test
    void after_redis_comes_back_the_bus_resubscribes_says_so_and_delivers_again() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start();
        int port = redis.port();
        String url = redis.url();
        try (var subscriberNode = new RedisConnections(url, "outage:", Duration.ofSeconds(1));
             var publisherNode = new RedisConnections(url, "outage:", Duration.ofSeconds(1));
             var subscriber = new LettuceRevocationBus(subscriberNode);
             var publisher = new LettuceRevocationBus(publisherNode)) {
            List<Revocation> received = new CopyOnWriteArrayList<>();
            AtomicInteger subscriptions = new AtomicInteger();
            subscriber.subscribe(received::add, subscriptions::incrementAndGet);
            await(() -> subscriptions.get() == 1);

            redis.close();
            publisher.publish(List.of(Revocation.ofSession(UUID.randomUUID(), Instant.now().plusSeconds(60))));
            redis = EmbeddedRedisServer.start(port);

            await(() -> subscriptions.get() == 2);
            Revocation after = Revocation.ofSession(UUID.randomUUID(), Instant.ofEpochMilli(Instant.now().plusSeconds(60).toEpochMilli()));
            await(() -> {
                publisher.publish(List.of(after));
                return received.contains(after);
            });
            assertThat(received).contains(after);
        } finally {
            redis.close();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}

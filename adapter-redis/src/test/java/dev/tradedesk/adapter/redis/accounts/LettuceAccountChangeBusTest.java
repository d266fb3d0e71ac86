package dev.tradedesk.adapter.redis.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Two "nodes" (two connections) on a real Redis. */
class LettuceAccountChangeBusTest {

    @Test
    void every_subscriber_receives_every_change_and_is_told_when_it_subscribed() throws Exception {
        TestRedis redis = TestServers.redis();
        try (var nodeA = new RedisConnections(redis.url(), redis.keyPrefix(), Duration.ofSeconds(2));
             var nodeB = new RedisConnections(redis.url(), redis.keyPrefix(), Duration.ofSeconds(2));
             var busA = new LettuceAccountChangeBus(nodeA);
             var busB = new LettuceAccountChangeBus(nodeB)) {
            List<UUID> receivedA = new CopyOnWriteArrayList<>();
            List<UUID> receivedB = new CopyOnWriteArrayList<>();
            AtomicInteger subscribed = new AtomicInteger();
            busA.subscribe(receivedA::add, subscribed::incrementAndGet, () -> { });
            busB.subscribe(receivedB::add, subscribed::incrementAndGet, () -> { });
            await(() -> subscribed.get() == 2);

            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            busA.publish(first);
            busB.publish(second);
            nodeA.connection().sync().publish(redis.keyPrefix() + "account-changes", "not-a-uuid");

            await(() -> receivedA.size() == 2 && receivedB.size() == 2);
            assertThat(receivedA).containsExactly(first, second);
            assertThat(receivedB).containsExactly(first, second);
        }
    }

    @Test
    void an_outage_is_reported_as_lost_and_then_as_subscribed_again_and_changes_flow_after_it() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start();
        int port = redis.port();
        try (var subscriberNode = new RedisConnections(redis.url(), "changes:", Duration.ofSeconds(1));
             var publisherNode = new RedisConnections(redis.url(), "changes:", Duration.ofSeconds(1));
             var subscriber = new LettuceAccountChangeBus(subscriberNode);
             var publisher = new LettuceAccountChangeBus(publisherNode)) {
            List<UUID> received = new CopyOnWriteArrayList<>();
            AtomicInteger subscriptions = new AtomicInteger();
            AtomicInteger losses = new AtomicInteger();
            subscriber.subscribe(received::add, subscriptions::incrementAndGet, losses::incrementAndGet);
            await(() -> subscriptions.get() == 1);

            redis.close();
            await(() -> losses.get() == 1);
            publisher.publish(UUID.randomUUID()); // lost, and does not throw
            redis = EmbeddedRedisServer.start(port);

            await(() -> subscriptions.get() == 2);
            UUID after = UUID.randomUUID();
            await(() -> {
                publisher.publish(after);
                return received.contains(after);
            });
            assertThat(losses.get()).isEqualTo(1);
        } finally {
            redis.close();
        }
    }

    @Test
    void publishing_without_redis_does_not_throw() {
        try (var unreachable = new RedisConnections("redis://127.0.0.1:1", "x:", Duration.ofMillis(200));
             var bus = new LettuceAccountChangeBus(unreachable)) {
            bus.publish(UUID.randomUUID());
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}

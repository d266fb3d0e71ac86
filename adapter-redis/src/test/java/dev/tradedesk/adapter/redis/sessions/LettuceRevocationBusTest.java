package dev.tradedesk.adapter.redis.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.domain.sessions.Revocation;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two "nodes" (two connections) on the test run's real Redis. */
class LettuceRevocationBusTest {

    private final TestRedis redis = TestServers.redis();

    @Test
    void every_subscriber_receives_every_revocation_and_is_told_when_it_subscribed() throws Exception {
        try (var nodeA = new RedisConnections(redis.url(), redis.keyPrefix(), Duration.ofSeconds(2));
             var nodeB = new RedisConnections(redis.url(), redis.keyPrefix(), Duration.ofSeconds(2));
             var busA = new LettuceRevocationBus(nodeA);
             var busB = new LettuceRevocationBus(nodeB)) {
            List<Revocation> receivedA = new CopyOnWriteArrayList<>();
            List<Revocation> receivedB = new CopyOnWriteArrayList<>();
            CountDownLatch subscribed = new CountDownLatch(2);
            AtomicInteger resubscriptions = new AtomicInteger();
            busA.subscribe(receivedA::add, () -> { resubscriptions.incrementAndGet(); subscribed.countDown(); });
            busB.subscribe(receivedB::add, () -> { resubscriptions.incrementAndGet(); subscribed.countDown(); });
            assertThat(subscribed.await(10, TimeUnit.SECONDS)).isTrue();

            Instant expires = Instant.ofEpochMilli(Instant.now().plusSeconds(900).toEpochMilli());
            List<Revocation> sent = List.of(Revocation.ofSession(UUID.randomUUID(), expires),
                    Revocation.ofUser(UUID.randomUUID(), 3, expires), Revocation.ofDeletedUser(UUID.randomUUID(), expires));
            busA.publish(sent);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while ((receivedA.size() < 3 || receivedB.size() < 3) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(receivedA).containsExactlyElementsOf(sent);
            assertThat(receivedB).containsExactlyElementsOf(sent);
            assertThat(resubscriptions.get()).isEqualTo(2);
        }
    }

    @Test
    void the_wire_format_round_trips_and_ignores_garbage() {
        Instant expires = Instant.ofEpochMilli(1_800_000_000_000L);
        List<Revocation> revocations = List.of(Revocation.ofSession(UUID.randomUUID(), expires),
                Revocation.ofUser(UUID.randomUUID(), 42, expires));

        assertThat(LettuceRevocationBus.decode(LettuceRevocationBus.encode(revocations))).isEqualTo(revocations);
        assertThat(LettuceRevocationBus.decode("x y z\ns not-a-uuid 1\nu " + UUID.randomUUID() + " nan 1")).isEmpty();
    }

    @Test
    void publishing_without_redis_does_not_throw() {
        try (var unreachable = new RedisConnections("redis://127.0.0.1:1", "x:", Duration.ofMillis(200));
             var bus = new LettuceRevocationBus(unreachable)) {
            bus.publish(List.of(Revocation.ofSession(UUID.randomUUID(), Instant.now().plusSeconds(60))));
        }
    }
}

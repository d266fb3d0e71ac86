package dev.tradedesk.adapter.redis.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.common.LeasesContract;
import dev.tradedesk.application.common.port.out.Leases;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on the test run's real Redis (which keeps the time: the tests wait), plus two nodes. */
class RedisLeasesTest extends LeasesContract {

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
    protected Leases newLeases(Clock clock) {
        return new RedisLeases(nodeA, Duration.ofSeconds(1));
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Test
    void nodes_see_one_holder_and_a_former_holder_cannot_extend_or_release_the_new_holders_lease()
            throws InterruptedException {
        RedisLeases a = new RedisLeases(nodeA, Duration.ofSeconds(1));
        RedisLeases b = new RedisLeases(nodeB, Duration.ofSeconds(1));
        String name = uniqueName();
        assertThat(a.acquire(name, "node-a", SHORT)).isTrue();
        assertThat(b.holder(name)).contains("node-a");
        assertThat(b.acquire(name, "node-b", LONG)).isFalse();

        Thread.sleep(SHORT.plusMillis(100).toMillis());
        assertThat(b.acquire(name, "node-b", LONG)).isTrue();

        assertThat(a.acquire(name, "node-a", LONG)).isFalse();
        a.release(name, "node-a");
        assertThat(a.holder(name)).contains("node-b");
    }

    @Test
    void keeps_the_lease_under_the_prefix_with_its_time_to_live() {
        String name = uniqueName();

        leases().acquire(name, "node-a", LONG);

        String key = REDIS.key("lease:" + name);
        assertThat(REDIS.keys()).contains(key);
        assertThat(nodeA.connection().sync().pttl(key)).isPositive().isLessThanOrEqualTo(LONG.toMillis());
    }

    @Test
    void without_redis_nobody_holds_or_takes_a_lease_and_nothing_throws() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (RedisConnections nowhere = new RedisConnections("redis://127.0.0.1:" + port, REDIS.keyPrefix(),
                Duration.ofMillis(500))) {
            RedisLeases leases = new RedisLeases(nowhere, Duration.ofMillis(500));
            String name = uniqueName();

            assertThat(leases.acquire(name, "node-a", LONG)).isFalse();
            assertThat(leases.holder(name)).isEmpty();
            leases.release(name, "node-a");
        }
    }
}

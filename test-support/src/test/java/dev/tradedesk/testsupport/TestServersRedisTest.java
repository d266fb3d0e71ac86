package dev.tradedesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradedesk.embedded.EmbeddedRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestServersRedisTest {

    /** Stands in for the machine's server where a test needs a TEST_REDIS_URL to point at. */
    private static EmbeddedRedisServer standIn;

    @BeforeAll
    static void startStandIn() {
        standIn = EmbeddedRedisServer.start();
    }

    @AfterAll
    static void stopStandIn() {
        standIn.close();
    }

    @Test
    void keepsToItsPrefixOnTheServerNamedByTestRedisUrl() {
        try (TestRedisServer server = TestServers.chooseRedis(Map.of(TestServers.REDIS_URL_VARIABLE, standIn.url()),
                () -> { throw new AssertionError("no Docker check when the variable is set"); })) {
            assertThat(server.source()).isEqualTo(ServerSource.ENVIRONMENT);
            assertThat(server.url()).isEqualTo(standIn.url());

            checkKeysAreDeletedUnderThePrefixOnly(server);
        }
    }

    @Test
    void usesTheMachinesServerWhenTestRedisUrlIsSet() {
        assumeTrue(System.getenv(TestServers.REDIS_URL_VARIABLE) != null, TestServers.REDIS_URL_VARIABLE + " is not set");
        try (TestRedisServer server = TestServers.chooseRedis(System.getenv())) {
            assertThat(server.source()).isEqualTo(ServerSource.ENVIRONMENT);

            checkKeysAreDeletedUnderThePrefixOnly(server);
        }
    }

    @Test
    void fallsBackToAnEmbeddedServerWithoutUrlOrDocker() {
        TestRedisServer server = TestServers.chooseRedis(Map.of(), () -> false);
        try {
            assertThat(server.source()).isEqualTo(ServerSource.EMBEDDED);

            checkKeysAreDeletedUnderThePrefixOnly(server);
        } finally {
            server.close();
        }
        assertThatThrownBy(() -> server.newKeyspace().keys()).as("stopped").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givesEveryJvmOneKeyPrefix() {
        TestRedis redis = TestServers.redis();

        assertThat(TestServers.redis()).isSameAs(redis);
        assertThat(redis.keyPrefix()).matches("tradedesk-test:[0-9a-f]{16}:");
        assertThat(redis.url()).startsWith("redis://");
        if (System.getenv(TestServers.REDIS_URL_VARIABLE) != null) {
            assertThat(redis.server().source()).isEqualTo(ServerSource.ENVIRONMENT);
        }
        withCommands(redis.url(), redisCommands -> redisCommands.set(redis.key("ping"), "pong"));
        assertThat(redis.keys()).containsExactly(redis.key("ping"));
    }

    @Test
    void refusesAnUnusableUrl() {
        assertThatThrownBy(() -> TestServers.chooseRedis(Map.of(TestServers.REDIS_URL_VARIABLE, "http://localhost:6379")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TestServers.REDIS_URL_VARIABLE);
    }

    private static void checkKeysAreDeletedUnderThePrefixOnly(TestRedisServer server) {
        TestRedis mine = server.newKeyspace();
        TestRedis other = server.newKeyspace();
        assertThat(mine.keyPrefix()).isNotEqualTo(other.keyPrefix()).startsWith(TestRedisServer.KEY_PREFIX);
        withCommands(server.url(), redis -> {
            IntStream.range(0, 1200).forEach(i -> redis.set(mine.key("order:" + i), "open"));
            redis.hset(mine.key("wallet"), "BTC", "1.5");
            redis.set(other.key("order:1"), "open");
        });
        assertThat(mine.keys()).hasSize(1201);

        assertThat(mine.deleteKeys()).isEqualTo(1201);

        assertThat(mine.keys()).isEmpty();
        assertThat(other.keys()).containsExactly(other.key("order:1"));
        assertThat(other.deleteKeys()).isEqualTo(1);
    }

    private static void withCommands(String url, Consumer<RedisCommands<String, String>> work) {
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            work.accept(connection.sync());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}

package dev.tradedesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.testsupport.TestDatabase;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator commands, run as the jar runs them, against the test database. */
class CommandsTest {

    private static Map<String, Object> servers() {
        TestDatabase database = TestServers.postgres();
        TestRedis redis = TestServers.redis();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "tradedesk.redis.url", redis.url(),
                "tradedesk.redis.key-prefix", redis.keyPrefix()));
        if (database.password() != null) {
            properties.put("spring.datasource.password", database.password());
        }
        return properties;
    }

    @Test
    void rotate_signing_key_stores_a_key_that_activates_later() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Commands.run(new String[] {"rotate-signing-key",
                        "--tradedesk.tokens.key-encryption-key=" + ApplicationTestBase.TEST_KEY_ENCRYPTION_KEY},
                servers(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("A new signing key is stored");
    }

    @Test
    void fails_with_a_clear_message_and_a_non_zero_exit_when_no_key_encryption_key_is_set() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Commands.run(new String[] {"rotate-signing-key"}, servers(), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TRADEDESK_KEY_ENCRYPTION_KEY");
    }
}

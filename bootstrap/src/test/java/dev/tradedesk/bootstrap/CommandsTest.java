package dev.tradedesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.testsupport.TestDatabase;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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
                servers(), Map.of(), InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("A new signing key is stored");
    }

    @Test
    void fails_with_a_clear_message_and_a_non_zero_exit_when_no_key_encryption_key_is_set() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Commands.run(new String[] {"rotate-signing-key"}, servers(), Map.of(), InputStream.nullInputStream(),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TRADEDESK_KEY_ENCRYPTION_KEY");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run superuser(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "create-superuser";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--tradedesk.tokens.key-encryption-key=" + ApplicationTestBase.TEST_KEY_ENCRYPTION_KEY;
        int status = Commands.run(all, servers(), env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void create_superuser_reads_the_password_from_stdin_or_the_environment_and_refuses_weak_ones_and_taken_emails() {
        String email = HttpApi.uniqueEmail();
        Run weak = superuser(Map.of(), "password123\n", "--email", email);
        assertThat(weak.status()).isEqualTo(1);
        assertThat(weak.err()).contains("too easy to guess");

        Run created = superuser(Map.of(), "obsidian-meadow-harp-93\n", "--email", email);
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created superuser");

        Run taken = superuser(Map.of(Commands.PASSWORD_VARIABLE, "another-strong-lantern-55"), "", "--email", email);
        assertThat(taken.status()).isEqualTo(1);
        assertThat(taken.err()).contains("--promote");

        Run again = superuser(Map.of(), "", "--email", email, "--promote");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("already");

        Run fromEnv = superuser(Map.of(Commands.PASSWORD_VARIABLE, "another-strong-lantern-55"), "",
                "--email", HttpApi.uniqueEmail());
        assertThat(fromEnv.status()).as(fromEnv.err()).isZero();
    }

    @Test
    void create_superuser_without_an_email_is_a_usage_error() {
        assertThat(Commands.run(new String[] {"create-superuser"}, Map.of(), Map.of(), InputStream.nullInputStream(),
                System.out, System.err)).isEqualTo(2);
    }
}

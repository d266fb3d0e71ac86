package dev.tradedesk.testsupport;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A test run's share of a Redis server: the keys under {@link #keyPrefix()}. Tests put their keys
 * there (adapters take the prefix as configuration); {@link #deleteKeys()} removes them, which
 * {@link TestServers#redis()} does at JVM shutdown.
 */
public final class TestRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TestRedis.class);
    private static final int SCAN_BATCH = 500;

    private final TestRedisServer server;
    private final String keyPrefix;

    TestRedis(TestRedisServer server, String keyPrefix) {
        this.server = server;
        this.keyPrefix = keyPrefix;
    }

    /** The server's URL, {@code redis://host:port}. */
    public String url() {
        return server.url();
    }

    /** This run's key prefix, {@code tradedesk-test:<random hex>:}. */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** {@code name} under this run's prefix. */
    public String key(String name) {
        return keyPrefix + name;
    }

    /** The server it lives on. */
    public TestRedisServer server() {
        return server;
    }

    /** The keys now under the prefix (SCAN, so fine on a shared server). */
    public List<String> keys() {
        return withCommands(commands -> {
            List<String> keys = new ArrayList<>();
            scan(commands, keys::addAll);
            return keys;
        });
    }

    /**
     * Deletes every key under the prefix (SCAN MATCH, then UNLINK in batches), leaving all other keys.
     *
     * @return how many keys were deleted
     */
    public long deleteKeys() {
        long deleted = withCommands(commands -> {
            AtomicLong count = new AtomicLong();
            scan(commands, keys -> count.addAndGet(commands.unlink(keys.toArray(String[]::new))));
            return count.get();
        });
        log.info("Deleted {} test keys under {} on {}", deleted, keyPrefix, withoutCredentials(server.url()));
        return deleted;
    }

    /** Same as {@link #deleteKeys()}. */
    @Override
    public void close() {
        deleteKeys();
    }

    @Override
    public String toString() {
        return "TestRedis[" + withoutCredentials(server.url()) + ", " + keyPrefix + "]";
    }

    static String withoutCredentials(String url) {
        return url.replaceFirst("//[^@/]*@", "//");
    }

    private void scan(RedisCommands<String, String> commands, Consumer<List<String>> batch) {
        ScanArgs args = ScanArgs.Builder.matches(globEscape(keyPrefix) + "*").limit(SCAN_BATCH);
        KeyScanCursor<String> cursor = commands.scan(args);
        while (true) {
            if (!cursor.getKeys().isEmpty()) {
                batch.accept(cursor.getKeys());
            }
            if (cursor.isFinished()) {
                return;
            }
            cursor = commands.scan(cursor, args);
        }
    }

    private <T> T withCommands(Function<RedisCommands<String, String>, T> work) {
        RedisClient client = RedisClient.create(server.url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return work.apply(connection.sync());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not reach the " + server.source() + " Redis at "
                    + withoutCredentials(server.url()) + ": " + e.getMessage(), e);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    /** Escapes Redis glob characters, so that the prefix matches only itself. */
    private static String globEscape(String text) {
        return text.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}

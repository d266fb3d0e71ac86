package dev.tradedesk.testsupport;

import dev.tradedesk.embedded.DatabaseUrl;
import dev.tradedesk.embedded.EmbeddedPostgresServer;
import dev.tradedesk.embedded.EmbeddedRedisServer;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the PostgreSQL and Redis servers for a test run, as ARCHITECTURE.md ("Running") lays down:
 * <ol>
 *   <li>the server named by {@value #DATABASE_URL_VARIABLE} / {@value #REDIS_URL_VARIABLE}, if set
 *       (CI sets them to the machine's servers);</li>
 *   <li>else a Testcontainers container ({@code postgres:17-alpine}, {@code redis:7-alpine}) if Docker
 *       is available;</li>
 *   <li>else an embedded server (embedded-servers module) with throw-away data.</li>
 * </ol>
 * Each run gets its own database and its own Redis key prefix, removed at JVM shutdown, so no test
 * depends on what another run left behind. {@link #postgres()} and {@link #redis()} are the per-JVM
 * singletons tests use; {@link #choosePostgres} and {@link #chooseRedis} make the choice from any
 * environment, for tests of the choice itself.
 */
public final class TestServers {

    /** A PostgreSQL URL: {@code postgresql://user:password@host:port/maintenance-db}, or JDBC form. */
    public static final String DATABASE_URL_VARIABLE = "TEST_DATABASE_URL";

    /** A Redis URL: {@code redis://host:port}. */
    public static final String REDIS_URL_VARIABLE = "TEST_REDIS_URL";

    private static final Logger log = LoggerFactory.getLogger(TestServers.class);

    private static TestDatabase database;
    private static TestRedis redis;

    private TestServers() {
    }

    /**
     * This JVM's test database, created on first use on the chosen server and dropped at JVM shutdown
     * (with the server, if this JVM started it).
     */
    public static synchronized TestDatabase postgres() {
        if (database == null) {
            TestPostgresServer server = choosePostgres(System.getenv());
            TestDatabase created;
            try {
                created = server.createDatabase();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // a server started here goes away with its data; one we only borrow must be tidied
                if (server.source() == ServerSource.ENVIRONMENT) {
                    quietly(created::drop, "drop test database " + created.name());
                }
                quietly(server::close, "stop " + server);
            }, "tradedesk-test-postgres-cleanup"));
            database = created;
        }
        return database;
    }

    /**
     * This JVM's Redis key prefix on the chosen server; its keys are deleted at JVM shutdown (with the
     * server, if this JVM started it).
     */
    public static synchronized TestRedis redis() {
        if (redis == null) {
            TestRedisServer server = chooseRedis(System.getenv());
            TestRedis keyspace = server.newKeyspace();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (server.source() == ServerSource.ENVIRONMENT) {
                    quietly(keyspace::deleteKeys, "delete test keys under " + keyspace.keyPrefix());
                }
                quietly(server::close, "stop " + server);
            }, "tradedesk-test-redis-cleanup"));
            redis = keyspace;
        }
        return redis;
    }

    /**
     * Chooses a PostgreSQL server given the environment variables {@code environment}; the caller
     * closes it (which stops it only if it was started here).
     *
     * @throws IllegalArgumentException if {@value #DATABASE_URL_VARIABLE} is not a PostgreSQL URL
     */
    public static TestPostgresServer choosePostgres(Map<String, String> environment) {
        return choosePostgres(environment, Containers::dockerAvailable);
    }

    /**
     * Chooses a Redis server given the environment variables {@code environment}; the caller closes it
     * (which stops it only if it was started here).
     */
    public static TestRedisServer chooseRedis(Map<String, String> environment) {
        return chooseRedis(environment, Containers::dockerAvailable);
    }

    static TestPostgresServer choosePostgres(Map<String, String> environment, BooleanSupplier dockerAvailable) {
        String url = environment.get(DATABASE_URL_VARIABLE);
        TestPostgresServer server;
        if (url != null && !url.isBlank()) {
            DatabaseUrl maintenance;
            try {
                maintenance = DatabaseUrl.parse(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(DATABASE_URL_VARIABLE + " is set but unusable: " + e.getMessage(), e);
            }
            server = new TestPostgresServer(ServerSource.ENVIRONMENT, maintenance, () -> { });
        } else if (dockerAvailable.getAsBoolean()) {
            server = Containers.startPostgres();
        } else {
            EmbeddedPostgresServer embedded = EmbeddedPostgresServer.startTemporary();
            DatabaseUrl maintenance = new DatabaseUrl(embedded.jdbcUrl("postgres"), embedded.username(), null);
            server = new TestPostgresServer(ServerSource.EMBEDDED, maintenance, embedded::close);
        }
        log.info("Tests use the {} PostgreSQL at {}", server.source(), server.maintenanceDatabase().jdbcUrl());
        return server;
    }

    static TestRedisServer chooseRedis(Map<String, String> environment, BooleanSupplier dockerAvailable) {
        String url = environment.get(REDIS_URL_VARIABLE);
        TestRedisServer server;
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
                throw new IllegalArgumentException(REDIS_URL_VARIABLE + " is set but is not a redis:// or rediss:// URL");
            }
            server = new TestRedisServer(ServerSource.ENVIRONMENT, url.strip(), () -> { });
        } else if (dockerAvailable.getAsBoolean()) {
            server = Containers.startRedis();
        } else {
            EmbeddedRedisServer embedded = EmbeddedRedisServer.start();
            server = new TestRedisServer(ServerSource.EMBEDDED, embedded.url(), embedded::close);
        }
        log.info("Tests use the {} Redis at {}", server.source(), TestRedis.withoutCredentials(server.url()));
        return server;
    }

    private static void quietly(Runnable action, String what) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Could not {} at shutdown: {}", what, e.getMessage());
        }
    }
}

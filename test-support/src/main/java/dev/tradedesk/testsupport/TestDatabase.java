package dev.tradedesk.testsupport;

import dev.tradedesk.embedded.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database created for one test run: empty at first, dropped by {@link #drop()} (which
 * {@link TestServers#postgres()} does at JVM shutdown). Nothing in it outlives the run.
 */
public final class TestDatabase implements AutoCloseable {

    private final TestPostgresServer server;
    private final String name;
    private final DatabaseUrl url;
    private final AtomicBoolean dropped = new AtomicBoolean();

    TestDatabase(TestPostgresServer server, String name) {
        this.server = server;
        this.name = name;
        this.url = server.maintenanceDatabase().withDatabase(name);
    }

    /** The database name, {@code tradedesk_test_<16 hex digits>}. */
    public String name() {
        return name;
    }

    /** The JDBC URL of this database, without credentials. */
    public String jdbcUrl() {
        return url.jdbcUrl();
    }

    /** The user to connect as, or {@code null} to let the driver choose (the OS user). */
    public String username() {
        return url.username();
    }

    /** The password, or {@code null} when the server asks none. */
    public String password() {
        return url.password();
    }

    /** URL and credentials together. */
    public DatabaseUrl url() {
        return url;
    }

    /** The server it lives on. */
    public TestPostgresServer server() {
        return server;
    }

    /** Opens a new connection to this database; the caller closes it. */
    public Connection connect() throws SQLException {
        return server.connect(url);
    }

    /**
     * Drops the database, disconnecting whoever still uses it. Dropping again does nothing.
     *
     * @throws IllegalStateException if the server refuses
     */
    public void drop() {
        if (dropped.getAndSet(true)) {
            return;
        }
        server.dropDatabase(name);
    }

    /** Same as {@link #drop()}. */
    @Override
    public void close() {
        drop();
    }

    @Override
    public String toString() {
        return "TestDatabase[" + jdbcUrl() + ", from " + server.source() + "]";
    }
}

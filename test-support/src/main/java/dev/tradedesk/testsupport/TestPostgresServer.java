package dev.tradedesk.testsupport;

import dev.tradedesk.embedded.DatabaseUrl;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server chosen for a test run (see {@link TestServers#choosePostgres}), reached through
 * its maintenance database, in which it creates and drops the run's own databases.
 */
public final class TestPostgresServer implements AutoCloseable {

    /** The prefix of every database this class creates. */
    public static final String DATABASE_PREFIX = "tradedesk_test_";

    private static final Logger log = LoggerFactory.getLogger(TestPostgresServer.class);
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerSource source;
    private final DatabaseUrl maintenanceDatabase;
    private final Runnable stop;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param maintenanceDatabase a database to connect to for CREATE and DROP DATABASE, as a user
     *                            allowed to do that
     * @param stop                stops the server if this run started it; does nothing otherwise
     */
    TestPostgresServer(ServerSource source, DatabaseUrl maintenanceDatabase, Runnable stop) {
        this.source = source;
        this.maintenanceDatabase = maintenanceDatabase;
        this.stop = stop;
    }

    /** Where the server comes from. */
    public ServerSource source() {
        return source;
    }

    /** The database connected to for creating and dropping databases, with its credentials. */
    public DatabaseUrl maintenanceDatabase() {
        return maintenanceDatabase;
    }

    /**
     * Creates a new, empty database named {@code tradedesk_test_<random hex>}.
     *
     * @throws IllegalStateException if the server cannot be reached or refuses
     */
    public TestDatabase createDatabase() {
        byte[] suffix = new byte[8];
        RANDOM.nextBytes(suffix);
        String name = DATABASE_PREFIX + HexFormat.of().formatHex(suffix);
        execute("create database " + name, "create database " + name);
        log.info("Created test database {} on {} ({})", name, maintenanceDatabase.jdbcUrl(), source);
        return new TestDatabase(this, name);
    }

    /** Whether a database of that name exists on the server. */
    public boolean databaseExists(String name) {
        try (Connection connection = connect(maintenanceDatabase);
             PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query the databases of " + maintenanceDatabase.jdbcUrl(), e);
        }
    }

    /** Stops the server if this run started it (Testcontainers, embedded); otherwise does nothing. */
    @Override
    public void close() {
        if (!closed.getAndSet(true)) {
            stop.run();
        }
    }

    @Override
    public String toString() {
        return "TestPostgresServer[" + source + ", " + maintenanceDatabase.jdbcUrl() + "]";
    }

    void dropDatabase(String name) {
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        execute("drop database if exists " + name + " with (force)", "drop database " + name);
        log.info("Dropped test database {} on {}", name, maintenanceDatabase.jdbcUrl());
    }

    Connection connect(DatabaseUrl url) throws SQLException {
        Properties properties = new Properties();
        if (url.username() != null) {
            properties.setProperty("user", url.username());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        return DriverManager.getConnection(url.jdbcUrl(), properties);
    }

    private void execute(String sql, String what) {
        try (Connection connection = connect(maintenanceDatabase); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what + " on the " + source + " PostgreSQL at "
                    + maintenanceDatabase.jdbcUrl() + " as " + maintenanceDatabase.username() + ": " + e.getMessage(), e);
        }
    }
}

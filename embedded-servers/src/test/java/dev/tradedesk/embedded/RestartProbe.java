package dev.tradedesk.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link RootWithoutUserNamespacesTest}: starts PostgreSQL on a data directory,
 * writes a row, restarts, reads it back, and prints what it saw as {@code probe: key=value} lines.
 */
public final class RestartProbe {

    private RestartProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        Path unreachable = Path.of(args[1]);
        report("user", PostgresUser.current());

        long started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            report("first-start-ms", (System.nanoTime() - started) / 1_000_000);
            report("postmaster-uid", postmasterUid(dataDirectory));
            report("data-owner", EmbeddedPostgresServer.ownerUid(dataDirectory).orElse(-1));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), "");
                 Statement sql = connection.createStatement()) {
                sql.execute("create table trade (id bigint primary key, symbol text not null)");
                sql.execute("insert into trade values (1, 'ETHUSDT')");
            }
        }

        started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
             Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), "");
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("select symbol from trade where id = 1")) {
            report("restart-ms", (System.nanoTime() - started) / 1_000_000);
            report("row", row.next() ? row.getString(1) : "missing");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(unreachable)) {
            report("unreachable", "started on " + server.dataDirectory());
        } catch (IllegalStateException e) {
            report("unreachable", e.getMessage());
        }
        System.exit(0);
    }

    /** The real uid of the postmaster, read from the host's view of its /proc status. */
    private static String postmasterUid(Path dataDirectory) throws Exception {
        String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
        return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                .filter(line -> line.startsWith("Uid:"))
                .map(line -> line.split("\\s+")[1])
                .findFirst().orElse("unknown");
    }

    private static void report(String key, Object value) {
        System.out.println("probe: " + key + "=" + value);
    }
}

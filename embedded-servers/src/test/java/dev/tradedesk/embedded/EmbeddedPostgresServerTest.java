package dev.tradedesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    private Path dataDirectory;

    @AfterEach
    void deleteDataDirectory() throws IOException {
        if (dataDirectory != null && Files.exists(dataDirectory)) {
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void keepsEveryRowAcrossARestartOnTheSameDataDirectory() throws Exception {
        dataDirectory = Files.createTempDirectory("tradedesk-pg-test-");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            assertThat(server.isTemporary()).isFalse();
            assertThat(server.dataDirectory()).isEqualTo(dataDirectory.toAbsolutePath());
            try (Connection connection = connect(server, "postgres"); Statement sql = connection.createStatement()) {
                assertThat(single(sql, "select version()")).contains("PostgreSQL 17.");
                assertThat(single(sql, "show fsync")).isEqualTo("on");
                sql.execute("create table trade (id bigint primary key, symbol text not null)");
                sql.execute("insert into trade values (1, 'BTCUSDT')");
            }
        }

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDirectory);
             Connection connection = connect(restarted, "postgres");
             Statement sql = connection.createStatement()) {
            assertThat(single(sql, "select symbol from trade where id = 1")).isEqualTo("BTCUSDT");
        }
        assertThat(dataDirectory.resolve("PG_VERSION")).exists();
    }

    @Test
    void serverProcessesAreNotRootWhenTheJvmIs() throws Exception {
        assumeTrue(ProcessUser.isRoot(), "only as root");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
             Connection connection = connect(server, "postgres");
             Statement sql = connection.createStatement()) {
            // read by the backend process itself: its uid as it sees it, nobody (or overflow uid) in both root modes
            assertThat(single(sql, "select pg_read_file('/proc/self/status')")).containsPattern("\\nUid:\\s+65534\\s");
            assertThat(EmbeddedPostgresServer.ownerUid(server.dataDirectory())).isEqualTo(PostgresUser.current().dataOwner());
        }
    }

    @Test
    void temporaryServerDeletesItsDataOnClose() throws Exception {
        Path directory;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            directory = server.dataDirectory();
            assertThat(server.isTemporary()).isTrue();
            assertThat(server.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/postgres");
            try (Connection connection = connect(server, "postgres"); Statement sql = connection.createStatement()) {
                assertThat(single(sql, "select version()")).contains("PostgreSQL 17.");
                assertThat(single(sql, "select upper('café')")).isEqualTo("CAFÉ");
            }
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void createsADatabaseOnlyOnce() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            assertThat(server.ensureDatabase("tradedesk")).isTrue();
            assertThat(server.ensureDatabase("tradedesk")).isFalse();
            try (Connection connection = connect(server, "tradedesk"); Statement sql = connection.createStatement()) {
                assertThat(single(sql, "select current_database()")).isEqualTo("tradedesk");
            }
            assertThatThrownBy(() -> server.ensureDatabase("x\"; drop database postgres; --"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void explainsWhenNobodyCannotReachTheDataDirectory(@TempDir Path privateDirectory) throws IOException {
        assumeTrue(PostgresUser.current() == PostgresUser.NOBODY, "only where PostgreSQL runs as nobody");
        Files.setPosixFilePermissions(privateDirectory, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(privateDirectory.resolve("data")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nobody")
                .hasMessageContaining(privateDirectory + " is not searchable by others");
    }

    private static Connection connect(EmbeddedPostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), "");
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}

package dev.tradedesk.testsupport;

import dev.tradedesk.embedded.DatabaseUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradedesk.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestServersPostgresTest {

    /** Stands in for the machine's server where a test needs a TEST_DATABASE_URL to point at. */
    private static EmbeddedPostgresServer standIn;

    @BeforeAll
    static void startStandIn() {
        standIn = EmbeddedPostgresServer.startTemporary();
    }

    @AfterAll
    static void stopStandIn() {
        standIn.close();
    }

    @Test
    void createsAndDropsADatabaseOnTheServerNamedByTestDatabaseUrl() throws SQLException {
        String url = "postgresql://postgres@localhost:" + standIn.port() + "/postgres";
        try (TestPostgresServer server = TestServers.choosePostgres(Map.of(TestServers.DATABASE_URL_VARIABLE, url),
                () -> { throw new AssertionError("no Docker check when the variable is set"); })) {
            assertThat(server.source()).isEqualTo(ServerSource.ENVIRONMENT);

            checkCreateUseAndDrop(server);
        }
        try (Connection connection = DriverManager.getConnection(standIn.jdbcUrl("postgres"), "postgres", "")) {
            assertThat(connection.isValid(1)).as("a server we did not start is left running").isTrue();
        }
    }

    @Test
    void usesTheMachinesServerWhenTestDatabaseUrlIsSet() throws SQLException {
        assumeTrue(System.getenv(TestServers.DATABASE_URL_VARIABLE) != null, TestServers.DATABASE_URL_VARIABLE + " is not set");
        try (TestPostgresServer server = TestServers.choosePostgres(System.getenv())) {
            assertThat(server.source()).isEqualTo(ServerSource.ENVIRONMENT);

            checkCreateUseAndDrop(server);
        }
    }

    @Test
    void fallsBackToAnEmbeddedServerWithoutUrlOrDocker() throws SQLException {
        TestPostgresServer server = TestServers.choosePostgres(Map.of(), () -> false);
        try {
            assertThat(server.source()).isEqualTo(ServerSource.EMBEDDED);

            checkCreateUseAndDrop(server);
        } finally {
            server.close();
        }
        assertThatThrownBy(() -> server.databaseExists("postgres")).as("stopped").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givesEveryJvmOneDatabase() throws SQLException {
        TestDatabase database = TestServers.postgres();

        assertThat(TestServers.postgres()).isSameAs(database);
        assertThat(database.name()).matches("tradedesk_test_[0-9a-f]{16}");
        assertThat(database.server().databaseExists(database.name())).isTrue();
        if (System.getenv(TestServers.DATABASE_URL_VARIABLE) != null) {
            assertThat(database.server().source()).isEqualTo(ServerSource.ENVIRONMENT);
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("select current_database()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(database.name());
        }
    }

    @Test
    void refusesAnUnusableUrl() {
        assertThatThrownBy(() -> TestServers.choosePostgres(Map.of(TestServers.DATABASE_URL_VARIABLE, "mysql://localhost/db")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TestServers.DATABASE_URL_VARIABLE);
    }

    private static void checkCreateUseAndDrop(TestPostgresServer server) throws SQLException {
        TestDatabase first = server.createDatabase();
        TestDatabase second = server.createDatabase();
        assertThat(first.name()).isNotEqualTo(second.name()).startsWith(TestPostgresServer.DATABASE_PREFIX);
        second.drop();

        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
             Statement sql = connection.createStatement()) {
            sql.execute("create table account (id bigint primary key, email text not null)");
            sql.execute("insert into account values (1, 'ada@example.com')");
            try (ResultSet row = sql.executeQuery("select email from account")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("ada@example.com");
            }
        }
        try (Connection stillOpen = first.connect()) {
            assertThat(stillOpen.isValid(1)).isTrue();
            assertThat(server.databaseExists(first.name())).isTrue();

            first.drop(); // with (force): even while a connection is open
            first.drop(); // and only once

            assertThat(server.databaseExists(first.name())).isFalse();
            assertThat(server.databaseExists(second.name())).isFalse();
        }
    }
}

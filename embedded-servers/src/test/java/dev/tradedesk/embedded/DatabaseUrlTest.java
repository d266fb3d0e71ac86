package dev.tradedesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsTheCiUrlWithAUserAndNoPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:5432/postgres");

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null));
        assertThat(url.database()).isEqualTo("postgres");
    }

    @Test
    void readsALibpqUrlWithPasswordAndParameters() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://trader:s3cr%40t%2Bx@db.example.com:6432/tradedesk?sslmode=require&application_name=td");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6432/tradedesk?sslmode=require&application_name=td");
        assertThat(url.username()).isEqualTo("trader");
        assertThat(url.password()).isEqualTo("s3cr@t+x");
    }

    @Test
    void readsCredentialsGivenAsLibpqQueryParameters() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://localhost/app?user=me&password=a+b");

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost/app", "me", "a+b"));
    }

    @Test
    void keepsSeveralHostsAndIpv6Hosts() {
        assertThat(DatabaseUrl.parse("postgresql://u@h1:5432,h2:5433/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db");
        assertThat(DatabaseUrl.parse("postgresql://u@[::1]:5432/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432/db");
    }

    @Test
    void takesAnEmptyHostForLocalhostAndAnEmptyDatabaseForNone() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://");

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost/", null, null));
        assertThat(url.database()).isEmpty();
    }

    @Test
    void readsAJdbcUrlAndMovesItsCredentialsOut() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=p%26w+d&ssl=false");

        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false", "postgres", "p&w d"));
    }

    @Test
    void readsAJdbcUrlWithoutCredentialsOrHost() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db:5432/app"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://db:5432/app", null, null));
        assertThat(DatabaseUrl.parse("jdbc:postgresql:app"))
                .isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost/app", null, null));
    }

    @Test
    void pointsAtAnotherDatabaseKeepingServerParametersAndCredentials() {
        DatabaseUrl maintenance = DatabaseUrl.parse("postgresql://postgres:pw@127.0.0.1:5432/postgres?sslmode=disable");

        DatabaseUrl test = maintenance.withDatabase("tradedesk_test_00ff");

        assertThat(test).isEqualTo(new DatabaseUrl(
                "jdbc:postgresql://127.0.0.1:5432/tradedesk_test_00ff?sslmode=disable", "postgres", "pw"));
        assertThat(test.database()).isEqualTo("tradedesk_test_00ff");
    }

    @Test
    void refusesOtherUrlsWithoutShowingThem() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:topsecret@localhost/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mysql")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://%2Fvar%2Frun%2Fpostgresql/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unix-domain socket");
        assertThatThrownBy(() -> new DatabaseUrl("postgresql://localhost/db", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hidesThePasswordWhenPrinted() {
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h/db").toString())
                .doesNotContain("topsecret")
                .contains("jdbc:postgresql://h/db", "username=u", "password=******");
    }
}

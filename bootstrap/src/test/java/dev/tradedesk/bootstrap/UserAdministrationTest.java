package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import dev.tradedesk.testsupport.TestServers;
import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API.md "User administration" over HTTP, with BOLA checks on every {id} path. */
class UserAdministrationTest extends ApplicationTestBase {

    private static final String PASSWORD = "ember-quartz-ripple-48";

    private record User(String id, String email, String token) {
    }

    private User register() {
        String email = uniqueEmail();
        JsonNode body = api().register(email, PASSWORD).json();
        return new User(body.get("user").get("id").asString(), email, body.get("tokens").get("access_token").asString());
    }

    /** Grants a role straight in the database and signs in again, as an operator would have set it up. */
    private User withRole(String role) throws SQLException {
        User user = register();
        try (Connection db = TestServers.postgres().connect();
             PreparedStatement grant = db.prepareStatement("insert into user_roles (user_id, role_name) values (?, ?)")) {
            grant.setObject(1, UUID.fromString(user.id()));
            grant.setString(2, role);
            grant.executeUpdate();
        }
        String token = api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", user.email(), "password", PASSWORD)))
                .json().get("access_token").asString();
        return new User(user.id(), user.email(), token);
    }

    private Response patch(String token, String id, Object body) {
        return api().send("PATCH", "/api/v1/users/" + id, token, "application/json",
                BodyPublishers.ofString(HttpApi.json(body)));
    }

    private Response delete(String token, String id) {
        return api().send("DELETE", "/api/v1/users/" + id, token, null, BodyPublishers.noBody());
    }

    @Test
    void an_admin_lists_and_searches_users_in_pages() throws Exception {
        User admin = withRole("admin");
        String marker = "zz" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            api().register(marker + i + "@example.com", PASSWORD);
        }

        Response page = api().get("/api/v1/users?q=" + marker.toUpperCase() + "&limit=2", admin.token());
        assertThat(page.status()).isEqualTo(200);
        assertThat(RegistrationAndLoginTest.fieldNames(page.json())).containsExactlyInAnyOrder("items", "offset", "limit", "total");
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
        assertThat(page.json().get("limit").asInt()).isEqualTo(2);
        assertThat(page.json().get("items").valueStream().map(u -> u.get("email").asString()))
                .containsExactly(marker + "0@example.com", marker + "1@example.com");
        Response next = api().get("/api/v1/users?q=" + marker + "&limit=2&offset=2", admin.token());
        assertThat(next.json().get("items").valueStream().map(u -> u.get("email").asString()))
                .containsExactly(marker + "2@example.com");

        assertProblem(api().get("/api/v1/users?limit=0", admin.token()), 400, "validation_failed");
        assertProblem(api().get("/api/v1/users?limit=201", admin.token()), 400, "validation_failed");
        assertProblem(api().get("/api/v1/users?offset=-1", admin.token()), 400, "validation_failed");
    }

    @Test
    void a_plain_user_may_not_list_users() {
        assertProblem(api().get("/api/v1/users", register().token()), 403, "forbidden");
    }

    @Test
    void every_id_path_hides_other_users_from_a_plain_user_and_unknown_ids_from_everybody() throws Exception {
        User mallory = register();
        User victim = register();
        User admin = withRole("admin");
        String unknown = UUID.randomUUID().toString();

        for (String id : new String[] {victim.id(), unknown}) {
            assertProblem(api().get("/api/v1/users/" + id, mallory.token()), 404, "not_found");
            assertProblem(patch(mallory.token(), id, Map.of("name", "pwned")), 404, "not_found");
            assertProblem(delete(mallory.token(), id), 404, "not_found");
        }
        assertThat(api().get("/api/v1/users/" + victim.id(), victim.token()).json().get("name").isNull())
                .as("the victim is untouched").isTrue();
        assertProblem(api().get("/api/v1/users/" + unknown, admin.token()), 404, "not_found");
        assertProblem(api().get("/api/v1/users/not-a-uuid", admin.token()), 400, "validation_failed");
    }

    @Test
    void a_user_reads_renames_and_deletes_themself_by_id() {
        User self = register();

        assertThat(api().get("/api/v1/users/" + self.id(), self.token()).json().get("email").asString())
                .isEqualTo(self.email());
        assertThat(patch(self.token(), self.id(), Map.of("name", "Me")).json().get("name").asString()).isEqualTo("Me");
        assertProblem(patch(self.token(), self.id(), Map.of("email", uniqueEmail())), 400, "validation_failed");
        for (String field : new String[] {"roles", "root", "balance", "email_verified", "password"}) {
            Response rejected = patch(self.token(), self.id(), Map.of(field, true));
            assertProblem(rejected, 400, "validation_failed");
            assertThat(rejected.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
        assertThat(delete(self.token(), self.id()).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/users/me", self.token()).status()).isEqualTo(401);
    }

    @Test
    void an_admin_changes_and_deletes_other_users() throws Exception {
        User admin = withRole("admin");
        User target = register();
        String moved = uniqueEmail();

        Response changed = patch(admin.token(), target.id(), Map.of("name", "Renamed", "email", moved));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("email").asString()).isEqualTo(moved);
        assertThat(changed.json().get("email_verified").asBoolean()).isFalse();

        assertThat(delete(admin.token(), target.id()).status()).isEqualTo(204);
        assertThat(api().get("/api/v1/users/me", target.token()).status()).isEqualTo(401);
        assertProblem(api().get("/api/v1/users/" + target.id(), admin.token()), 404, "not_found");
    }
}

package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import dev.tradedesk.testsupport.TestServers;
import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API.md "Roles and permissions" over real HTTP: CRUD, assignment, revocation, the anonymous role. */
class RolesTest extends ApplicationTestBase {

    private static final String PASSWORD = "harbor-tundra-lilac-63";

    /** A registered user: id, email, and the tokens of its latest sign-in. */
    private record User(UUID id, String email, String accessToken, String refreshToken) {
    }

    private User register() {
        String email = uniqueEmail();
        JsonNode body = api().register(email, PASSWORD).json();
        return new User(UUID.fromString(body.get("user").get("id").asString()), email,
                body.get("tokens").get("access_token").asString(), body.get("tokens").get("refresh_token").asString());
    }

    /** A new user holding {@code role} too (granted in the database), signed in after the grant. */
    private User userWith(String role) {
        User user = register();
        try (Connection db = TestServers.postgres().connect();
             PreparedStatement grant = db.prepareStatement("insert into user_roles (user_id, role_name) values (?, ?)")) {
            grant.setObject(1, user.id());
            grant.setString(2, role);
            grant.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        JsonNode tokens = api().post("/api/v1/auth/login",
                HttpApi.json(Map.of("email", user.email(), "password", PASSWORD))).json();
        return new User(user.id(), user.email(), tokens.get("access_token").asString(),
                tokens.get("refresh_token").asString());
    }

    private Response send(String method, String path, String token, Object body) {
        return body == null
                ? api().send(method, path, token, null, BodyPublishers.noBody())
                : api().send(method, path, token, "application/json", BodyPublishers.ofString(HttpApi.json(body)));
    }

    private JsonNode refresh(User user) {
        Response refreshed = api().post("/api/v1/auth/refresh", HttpApi.json(Map.of("refresh_token", user.refreshToken())));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        return refreshed.json();
    }

    private boolean allowed(String token, String permission) {
        Response check = api().get("/api/v1/authz/check?permission=" + permission, token);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        return check.json().get("allowed").asBoolean();
    }

    /** Polls for up to a second (the API's bound) until the condition holds. */
    private static boolean within1s(Supplier<Boolean> condition) {
        Instant end = Instant.now().plus(Duration.ofSeconds(1));
        while (true) {
            if (condition.get()) {
                return true;
            }
            if (Instant.now().isAfter(end)) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static String uniqueRole() {
        return "desk-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_admin_creates_reads_changes_and_deletes_roles() {
        String admin = userWith("admin").accessToken();
        String name = uniqueRole();

        Response created = send("POST", "/api/v1/roles", admin,
                Map.of("name", name, "description", "Desk traders", "permissions", List.of("orders:place", "desk:watch")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/roles/" + name);
        assertThat(RegistrationAndLoginTest.fieldNames(created.json()))
                .containsExactlyInAnyOrder("name", "description", "permissions", "builtin");
        assertThat(strings(created.json().get("permissions"))).containsExactly("desk:watch", "orders:place");
        assertThat(created.json().get("builtin").asBoolean()).isFalse();
        assertProblem(send("POST", "/api/v1/roles", admin, Map.of("name", name, "permissions", List.of())), 409,
                "role_exists");
        assertProblem(send("POST", "/api/v1/roles", admin, Map.of("name", "Bad Name", "permissions", List.of("x"))),
                400, "validation_failed");

        Response listed = api().get("/api/v1/roles", admin);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().valueStream().map(r -> r.get("name").asString()))
                .contains(name, "superuser", "admin", "user", "anonymous");
        assertThat(api().get("/api/v1/roles/" + name, admin).json().get("description").asString()).isEqualTo("Desk traders");

        Response changed = send("PUT", "/api/v1/roles/" + name, admin, Map.of("permissions", List.of("market:read")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("description").asString()).isEqualTo("Desk traders");
        assertThat(strings(changed.json().get("permissions"))).containsExactly("market:read");

        assertThat(send("DELETE", "/api/v1/roles/" + name, admin, null).status()).isEqualTo(204);
        assertProblem(api().get("/api/v1/roles/" + name, admin), 404, "not_found");
        assertProblem(send("DELETE", "/api/v1/roles/" + name, admin, null), 404, "not_found");
        assertProblem(send("PUT", "/api/v1/roles/" + name, admin, Map.of("permissions", List.of())), 404, "not_found");
        for (String builtin : List.of("superuser", "admin", "user", "anonymous")) {
            assertProblem(send("DELETE", "/api/v1/roles/" + builtin, admin, null), 409, "role_builtin");
        }
    }

    @Test
    void a_user_without_the_permissions_gets_403() {
        String token = register().accessToken();

        assertProblem(api().get("/api/v1/roles", token), 403, "forbidden");
        assertProblem(send("POST", "/api/v1/roles", token, Map.of("name", uniqueRole(), "permissions", List.of())),
                403, "forbidden");
        assertProblem(send("PUT", "/api/v1/users/" + register().id() + "/roles/admin", token, null), 403, "forbidden");
    }

    @Test
    void assigning_and_revoking_is_idempotent_and_unknown_users_or_roles_are_404() {
        String admin = userWith("admin").accessToken();
        User user = register();
        String path = "/api/v1/users/" + user.id() + "/roles/";

        assertThat(send("PUT", path + "admin", admin, null).status()).isEqualTo(204);
        assertThat(send("PUT", path + "admin", admin, null).status()).isEqualTo(204);
        assertThat(strings(api().get("/api/v1/users/" + user.id() + "/roles", admin).json()))
                .containsExactly("admin", "user");
        assertThat(send("DELETE", path + "admin", admin, null).status()).isEqualTo(204);
        assertThat(send("DELETE", path + "admin", admin, null).status()).isEqualTo(204);
        assertThat(strings(api().get("/api/v1/users/" + user.id() + "/roles", admin).json())).containsExactly("user");

        assertProblem(send("PUT", "/api/v1/users/" + UUID.randomUUID() + "/roles/admin", admin, null), 404, "not_found");
        assertProblem(send("PUT", path + "no-such-role", admin, null), 404, "not_found");
        assertProblem(send("DELETE", path + "no-such-role", admin, null), 404, "not_found");
        assertProblem(send("PUT", "/api/v1/users/not-a-uuid/roles/admin", admin, null), 400, "validation_failed");
    }

    @Test
    void only_a_superuser_grants_or_takes_superuser() {
        String admin = userWith("admin").accessToken();
        String superuser = userWith("superuser").accessToken();
        User user = register();
        String path = "/api/v1/users/" + user.id() + "/roles/superuser";

        assertProblem(send("PUT", path, admin, null), 403, "forbidden");
        assertThat(send("PUT", path, superuser, null).status()).isEqualTo(204);
        assertProblem(send("DELETE", path, admin, null), 403, "forbidden");
        assertThat(strings(api().get("/api/v1/users/" + user.id() + "/roles", admin).json())).contains("superuser");
        assertThat(send("DELETE", path, superuser, null).status()).isEqualTo(204);
        assertThat(strings(api().get("/api/v1/users/" + user.id() + "/roles", admin).json())).containsExactly("user");
    }

    @Test
    void a_role_change_stops_the_old_access_token_at_once_and_the_next_refresh_carries_the_new_roles() {
        String admin = userWith("admin").accessToken();
        User user = register();
        assertThat(allowed(user.accessToken(), "roles:read")).isFalse();

        assertThat(send("PUT", "/api/v1/users/" + user.id() + "/roles/admin", admin, null).status()).isEqualTo(204);

        assertThat(within1s(() -> api().get("/api/v1/users/me", user.accessToken()).status() == 401)).isTrue();
        assertProblem(api().get("/api/v1/authz/check?permission=roles:read", user.accessToken()), 401, "invalid_token");
        JsonNode refreshed = refresh(user);
        String granted = refreshed.get("access_token").asString();
        assertThat(allowed(granted, "roles:read")).isTrue();
        assertThat(strings(api().get("/api/v1/users/me", granted).json().get("roles"))).contains("admin");

        assertThat(send("DELETE", "/api/v1/users/" + user.id() + "/roles/admin", admin, null).status()).isEqualTo(204);

        assertThat(within1s(() -> api().get("/api/v1/users/me", granted).status() == 401)).isTrue();
        String revoked = refresh(new User(user.id(), user.email(), granted,
                refreshed.get("refresh_token").asString())).get("access_token").asString();
        assertThat(allowed(revoked, "roles:read")).isFalse();
        assertThat(allowed(revoked, "orders:place")).isTrue();
    }

    @Test
    void changing_a_roles_permissions_stops_its_holders_tokens_and_only_theirs() {
        String admin = userWith("admin").accessToken();
        String name = uniqueRole();
        assertThat(send("POST", "/api/v1/roles", admin, Map.of("name", name, "permissions", List.of("desk:watch")))
                .status()).isEqualTo(201);
        User holder = register();
        User bystander = register();
        assertThat(send("PUT", "/api/v1/users/" + holder.id() + "/roles/" + name, admin, null).status()).isEqualTo(204);
        JsonNode holderTokens = refresh(holder);
        String holderToken = holderTokens.get("access_token").asString();
        assertThat(allowed(holderToken, "desk:watch")).isTrue();

        assertThat(send("PUT", "/api/v1/roles/" + name, admin, Map.of("permissions", List.of("desk:trade"))).status())
                .isEqualTo(200);

        assertThat(within1s(() -> api().get("/api/v1/users/me", holderToken).status() == 401)).isTrue();
        assertThat(api().get("/api/v1/users/me", bystander.accessToken()).status()).isEqualTo(200);
        String next = refresh(new User(holder.id(), holder.email(), holderToken,
                holderTokens.get("refresh_token").asString())).get("access_token").asString();
        assertThat(allowed(next, "desk:trade")).isTrue();
        assertThat(allowed(next, "desk:watch")).isFalse();

        assertThat(send("DELETE", "/api/v1/roles/" + name, admin, null).status()).isEqualTo(204);
        assertThat(within1s(() -> api().get("/api/v1/users/me", next).status() == 401)).isTrue();
    }

    @Test
    void anonymous_callers_get_401_until_the_anonymous_role_has_the_permission() {
        String admin = userWith("admin").accessToken();
        User someone = register();
        Response before = api().get("/api/v1/roles", null);
        assertProblem(before, 401, "unauthorized");
        assertThat(before.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api().get("/api/v1/users/" + someone.id() + "/roles", null), 401, "unauthorized");
        assertProblem(api().get("/api/v1/roles", "not-a-token"), 401, "invalid_token");
        assertProblem(api().get("/api/v1/users/me", null), 401, "unauthorized");
        assertThat(allowed(null, "roles:read")).isFalse();

        try {
            assertThat(send("PUT", "/api/v1/roles/anonymous", admin, Map.of("permissions", List.of("roles:read")))
                    .status()).isEqualTo(200);

            assertThat(within1s(() -> api().get("/api/v1/roles", null).status() == 200)).isTrue();
            assertThat(strings(api().get("/api/v1/users/" + someone.id() + "/roles", null).json())).containsExactly("user");
            assertThat(allowed(null, "roles:read")).isTrue();
            assertProblem(send("POST", "/api/v1/roles", null, Map.of("name", uniqueRole(), "permissions", List.of())),
                    401, "unauthorized");
            assertProblem(api().get("/api/v1/users/me", null), 401, "unauthorized");
        } finally {
            assertThat(send("PUT", "/api/v1/roles/anonymous", admin, Map.of("permissions", List.of())).status())
                    .isEqualTo(200);
        }
        assertThat(within1s(() -> api().get("/api/v1/roles", null).status() == 401)).isTrue();
    }

    @Test
    void authz_check_answers_for_the_caller_from_the_token() {
        User user = register();

        assertThat(allowed(user.accessToken(), "orders:place")).isTrue();
        assertThat(allowed(user.accessToken(), "wallets:credit")).isFalse();
        assertThat(allowed(userWith("superuser").accessToken(), "anything:at-all")).isTrue();
        assertThat(allowed(null, "orders:place")).isFalse();
        assertProblem(api().get("/api/v1/authz/check", user.accessToken()), 400, "validation_failed");
        assertProblem(api().get("/api/v1/authz/check?permission=no-colon", null), 400, "validation_failed");
    }

    @Test
    void users_see_their_own_roles_and_permissions_but_other_users_are_404_without_roles_read() {
        User user = register();
        User other = register();
        String reader = userWith("admin").accessToken();

        assertThat(strings(api().get("/api/v1/users/" + user.id() + "/roles", user.accessToken()).json()))
                .containsExactly("user");
        assertThat(api().get("/api/v1/users/" + user.id() + "/permissions/orders:place", user.accessToken())
                .json().get("allowed").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/users/" + user.id() + "/permissions/roles:write", user.accessToken())
                .json().get("allowed").asBoolean()).isFalse();

        assertProblem(api().get("/api/v1/users/" + other.id() + "/roles", user.accessToken()), 404, "not_found");
        assertProblem(api().get("/api/v1/users/" + other.id() + "/permissions/orders:place", user.accessToken()),
                404, "not_found");
        assertProblem(api().get("/api/v1/users/" + UUID.randomUUID() + "/roles", user.accessToken()), 404, "not_found");

        assertThat(api().get("/api/v1/users/" + other.id() + "/permissions/orders:place", reader)
                .json().get("allowed").asBoolean()).isTrue();
        assertProblem(api().get("/api/v1/users/" + UUID.randomUUID() + "/roles", reader), 404, "not_found");
    }
}

package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import dev.tradedesk.testsupport.TestServers;
import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every implemented endpoint of API.md, called as an anonymous caller, a plain user, an admin and a
 * superuser, against the permission table: 401 without a token where a permission is needed, 403
 * for a signed-in caller without it, 404 for another user's resource the caller may not see. Later
 * issues add their endpoints (market, wallet, orders) to {@link #rows()}.
 */
class PermissionMatrixTest extends ApplicationTestBase {

    private static final String PASSWORD = "marble-canyon-sprout-64";

    private enum Caller { ANONYMOUS, USER, ADMIN, SUPERUSER }

    /** Expected statuses for anonymous, user, admin, superuser. */
    private record Row(String method, String path, String body, int anonymous, int user, int admin, int superuser) {

        int expected(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> anonymous;
                case USER -> user;
                case ADMIN -> admin;
                case SUPERUSER -> superuser;
            };
        }
    }

    private final Map<Caller, String> tokens = new java.util.EnumMap<>(Caller.class);

    @BeforeEach
    void callers() throws Exception {
        tokens.put(Caller.USER, signIn(null));
        tokens.put(Caller.ADMIN, signIn("admin"));
        tokens.put(Caller.SUPERUSER, signIn("superuser"));
    }

    private String signIn(String role) throws Exception {
        String email = uniqueEmail();
        String id = api().register(email, PASSWORD).json().get("user").get("id").asString();
        if (role != null) {
            try (Connection db = TestServers.postgres().connect();
                 PreparedStatement grant = db.prepareStatement("insert into user_roles (user_id, role_name) values (?, ?)")) {
                grant.setObject(1, UUID.fromString(id));
                grant.setString(2, role);
                grant.executeUpdate();
            }
        }
        return api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", PASSWORD)))
                .json().get("access_token").asString();
    }

    /** A fresh victim and a fresh custom role for each call, so that deletions cannot spoil the next call. */
    private List<Row> rows() {
        Response victim = api().register(uniqueEmail(), PASSWORD);
        String other = victim.json().get("user").get("id").asString();
        Response victimsOrder = api().post("/api/v1/orders", "{\"symbol\": \"ETHUSDT\", \"side\": \"buy\", \"quantity\": \"0.01\"}",
                victim.json().get("tokens").get("access_token").asString());
        assertThat(victimsOrder.status()).as(victimsOrder.body()).isEqualTo(201);
        String order = "{\"symbol\": \"ETHUSDT\", \"side\": \"buy\", \"quantity\": \"0.01\"}";
        String role = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = api().post("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": [\"reports:read\"]}",
                tokens.get(Caller.SUPERUSER));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String newRole = "{\"name\": \"new-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"permissions\": []}";
        return List.of(
                // current user: any signed-in caller
                new Row("GET", "/api/v1/users/me", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/users/me/sessions", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/users/me/login-history", null, 401, 200, 200, 200),
                // user administration
                new Row("GET", "/api/v1/users", null, 401, 403, 200, 200),
                new Row("GET", "/api/v1/users/" + other, null, 401, 404, 200, 200),
                new Row("PATCH", "/api/v1/users/" + other, "{\"name\": \"Renamed\"}", 401, 404, 200, 200),
                new Row("GET", "/api/v1/users/" + other + "/roles", null, 401, 404, 200, 200),
                new Row("GET", "/api/v1/users/" + other + "/permissions/users:read", null, 401, 404, 200, 200),
                // roles
                new Row("GET", "/api/v1/roles", null, 401, 403, 200, 200),
                new Row("GET", "/api/v1/roles/user", null, 401, 403, 200, 200),
                new Row("POST", "/api/v1/roles", newRole, 401, 403, 201, 201),
                new Row("PUT", "/api/v1/roles/" + role, "{\"permissions\": [\"reports:write\"]}", 401, 403, 200, 200),
                new Row("PUT", "/api/v1/users/" + other + "/roles/" + role, null, 401, 403, 204, 204),
                new Row("DELETE", "/api/v1/users/" + other + "/roles/" + role, null, 401, 403, 204, 204),
                new Row("PUT", "/api/v1/users/" + other + "/roles/superuser", null, 401, 403, 403, 204),
                new Row("DELETE", "/api/v1/roles/user", null, 401, 403, 409, 409),
                new Row("DELETE", "/api/v1/roles/" + role, null, 401, 403, 204, 204),
                new Row("GET", "/api/v1/authz/check?permission=users:read", null, 200, 200, 200, 200),
                // market data: market:read (the user role has it; the anonymous role does not by default)
                new Row("GET", "/api/v1/market/symbols", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/market/prices/BTCUSDT", null, 401, 200, 200, 200),
                // wallet and orders: own wallet and orders; another user's order is 404 to everyone
                new Row("GET", "/api/v1/wallet", null, 401, 200, 200, 200),
                new Row("POST", "/api/v1/orders", order, 401, 201, 201, 201),
                new Row("GET", "/api/v1/orders", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/orders/" + victimsOrder.json().get("id").asString(), null, 401, 404, 404, 404),
                new Row("GET", "/api/v1/users/" + other + "/wallet", null, 401, 403, 200, 200),
                new Row("POST", "/api/v1/users/" + other + "/wallet/credits", "{\"asset\": \"USDT\", \"amount\": \"5\"}",
                        401, 403, 201, 201),
                // last: deletes the victim
                new Row("DELETE", "/api/v1/users/" + other, null, 401, 404, 204, 204));
    }

    private Response call(Caller caller, Row row) {
        String token = tokens.get(caller);
        return api().send(row.method(), row.path(), token, row.body() == null ? null : "application/json",
                row.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(row.body()));
    }

    @Test
    void every_endpoint_answers_each_kind_of_caller_as_the_permission_table_says() {
        List<String> mismatches = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (Row row : rows()) {
                Response response = call(caller, row);
                if (response.status() != row.expected(caller)) {
                    mismatches.add(caller + " " + row.method() + " " + row.path() + ": " + response.status()
                            + " (expected " + row.expected(caller) + ") " + response.body());
                }
                if (response.status() == 401) {
                    assertThat(response.header("WWW-Authenticate")).as(row.path()).startsWith("Bearer");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void authz_check_answers_from_the_token_for_each_caller() {
        Map<Caller, Boolean> expected = Map.of(Caller.ANONYMOUS, false, Caller.USER, false, Caller.ADMIN, true,
                Caller.SUPERUSER, true);
        for (Caller caller : Caller.values()) {
            Response check = api().get("/api/v1/authz/check?permission=users:delete", tokens.get(caller));
            assertThat(check.json().get("allowed").asBoolean()).as(caller.name()).isEqualTo(expected.get(caller));
        }
        Response custom = api().get("/api/v1/authz/check?permission=billing:refund", tokens.get(Caller.SUPERUSER));
        assertThat(custom.json().get("allowed").asBoolean()).as("a superuser is always allowed").isTrue();
    }
}

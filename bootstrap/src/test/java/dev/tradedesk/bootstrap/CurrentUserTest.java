package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API.md "Current user": PATCH and DELETE /users/me over real HTTP. */
class CurrentUserTest extends ApplicationTestBase {

    private static final String PASSWORD = "meadow-copper-violet-29";

    private Response patch(String token, Object body) {
        return api().send("PATCH", "/api/v1/users/me", token, "application/json",
                BodyPublishers.ofString(HttpApi.json(body)));
    }

    private String login(String email, String password) {
        Response response = api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", password)));
        return response.status() == 200 ? response.json().get("access_token").asString() : null;
    }

    @Test
    void changes_the_name_and_rejects_what_may_not_be_set_here() {
        String token = api().register(uniqueEmail(), PASSWORD).json().get("tokens").get("access_token").asString();

        Response renamed = patch(token, Map.of("name", "Grace Hopper"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Grace Hopper");

        for (String forbidden : new String[] {"roles", "email_verified", "root", "balance", "id"}) {
            Response rejected = patch(token, Map.of(forbidden, forbidden.equals("roles") ? (Object) new String[] {"superuser"} : true));
            assertProblem(rejected, 400, "validation_failed");
            assertThat(rejected.json().get("errors").get(0).get("field").asString()).isEqualTo(forbidden);
        }
        JsonNode me = api().get("/api/v1/users/me", token).json();
        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("user");
        assertThat(me.get("email_verified").asBoolean()).isFalse();
    }

    @Test
    void changing_the_password_needs_the_current_one_and_ends_the_other_sessions() {
        String email = uniqueEmail();
        String current = api().register(email, PASSWORD).json().get("tokens").get("access_token").asString();
        String other = login(email, PASSWORD);

        Response missing = patch(current, Map.of("password", "lantern-fjord-ember-52"));
        assertProblem(missing, 400, "validation_failed");
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("current_password");
        assertProblem(patch(current, Map.of("password", "lantern-fjord-ember-52", "current_password", "not-it-at-all")),
                400, "validation_failed");
        assertProblem(patch(current, Map.of("password", "password123", "current_password", PASSWORD)), 400, "weak_password");
        assertThat(api().get("/api/v1/users/me", other).status()).as("failed attempts change nothing").isEqualTo(200);

        Response changed = patch(current, Map.of("password", "lantern-fjord-ember-52", "current_password", PASSWORD));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(api().get("/api/v1/users/me", current).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/users/me", other).status()).isEqualTo(401);
        assertThat(login(email, PASSWORD)).isNull();
        assertThat(login(email, "lantern-fjord-ember-52")).isNotNull();
    }

    @Test
    void changing_the_email_needs_the_password_and_refuses_a_taken_one() {
        String email = uniqueEmail();
        String taken = uniqueEmail();
        api().register(taken, PASSWORD);
        String token = api().register(email, PASSWORD).json().get("tokens").get("access_token").asString();

        assertProblem(patch(token, Map.of("email", taken.toUpperCase(), "current_password", PASSWORD)), 409, "email_taken");
        String moved = uniqueEmail();
        Response response = patch(token, Map.of("email", moved, "current_password", PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("email").asString()).isEqualTo(moved);
        assertThat(response.json().get("email_verified").asBoolean()).isFalse();
        assertThat(login(moved, PASSWORD)).isNotNull();
        assertThat(login(email, PASSWORD)).isNull();
    }

    @Test
    void deleting_the_account_ends_it_everywhere() {
        String email = uniqueEmail();
        JsonNode tokens = api().register(email, PASSWORD).json().get("tokens");
        String token = tokens.get("access_token").asString();
        String other = login(email, PASSWORD);

        assertThat(api().send("DELETE", "/api/v1/users/me", token, null, BodyPublishers.noBody()).status()).isEqualTo(204);

        assertThat(api().get("/api/v1/users/me", token).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/users/me", other).status()).isEqualTo(401);
        assertProblem(api().post("/api/v1/auth/refresh", HttpApi.json(Map.of("refresh_token",
                tokens.get("refresh_token").asString()))), 401, "invalid_refresh_token");
        assertThat(login(email, PASSWORD)).isNull();
        assertThat(api().register(email, PASSWORD).status()).as("the email is free again").isEqualTo(201);
    }

    @Test
    void the_login_history_shows_attempts_newest_first_in_pages() {
        String email = uniqueEmail();
        String token = api().register(email, PASSWORD).json().get("tokens").get("access_token").asString();
        assertThat(login(email, "definitely-not-it-42")).isNull();
        assertThat(login(email, PASSWORD)).isNotNull();
        assertThat(login(email, PASSWORD)).isNotNull();

        Response first = api().get("/api/v1/users/me/login-history?limit=2", token);
        assertThat(first.status()).isEqualTo(200);
        JsonNode items = first.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(RegistrationAndLoginTest.fieldNames(items.get(0)))
                .containsExactlyInAnyOrder("at", "ip", "user_agent", "method", "success");
        assertThat(items.get(0).get("method").asString()).isEqualTo("password");
        assertThat(items.get(0).get("success").asBoolean()).isTrue();
        assertThat(items.get(0).get("user_agent").asString()).isEqualTo("tradedesk-tests");
        String cursor = first.json().get("next_cursor").asString();

        Response second = api().get("/api/v1/users/me/login-history?limit=2&cursor=" + cursor, token);
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().get("items").get(0).get("success").asBoolean()).isFalse();
        assertThat(second.json().get("next_cursor").isNull()).isTrue();

        assertProblem(api().get("/api/v1/users/me/login-history?limit=0", token), 400, "validation_failed");
        assertProblem(api().get("/api/v1/users/me/login-history?limit=abc", token), 400, "validation_failed");
        assertProblem(api().get("/api/v1/users/me/login-history?cursor=garbage", token), 400, "validation_failed");
        assertProblem(api().get("/api/v1/users/me/login-history", null), 401, "unauthorized");
    }
}

package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API.md "Tokens" and "Current user" (sessions), over real HTTP, PostgreSQL and Redis. */
class SessionsTest extends ApplicationTestBase {

    private static final String PASSWORD = "quarry-velvet-anchor-63";

    private JsonNode register() {
        return api().register(uniqueEmail(), PASSWORD).json().get("tokens");
    }

    private Response refresh(String refreshToken) {
        return api().post("/api/v1/auth/refresh", HttpApi.json(Map.of("refresh_token", refreshToken)));
    }

    @Test
    void refresh_rotates_the_refresh_token_within_the_same_session() {
        JsonNode first = register();

        Response refreshed = refresh(first.get("refresh_token").asString());

        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode second = refreshed.json();
        assertThat(second.get("session_id").asString()).isEqualTo(first.get("session_id").asString());
        assertThat(second.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
        assertThat(api().get("/api/v1/users/me", second.get("access_token").asString()).status()).isEqualTo(200);
        assertThat(refreshed.header("Cache-Control")).contains("no-store");
    }

    @Test
    void a_quick_repeat_is_told_the_token_rotated_and_keeps_the_session() {
        JsonNode first = register();
        JsonNode second = refresh(first.get("refresh_token").asString()).json();

        assertProblem(refresh(first.get("refresh_token").asString()), 401, "refresh_token_rotated");
        assertThat(refresh(second.get("refresh_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void of_parallel_refreshes_with_one_token_exactly_one_succeeds() throws Exception {
        String token = register().get("refresh_token").asString();
        int parallel = 10;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Callable<Response> call = () -> refresh(token);
                results.add(pool.submit(call));
            }
            int ok = 0;
            for (Future<Response> result : results) {
                Response response = result.get();
                if (response.status() == 200) {
                    ok++;
                } else {
                    assertProblem(response, 401, "refresh_token_rotated");
                }
            }
            assertThat(ok).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void garbage_and_access_tokens_are_not_refresh_tokens() {
        JsonNode tokens = register();
        assertProblem(refresh("not-a-token"), 401, "invalid_refresh_token");
        assertProblem(refresh(tokens.get("access_token").asString()), 401, "invalid_refresh_token");
        assertProblem(api().post("/api/v1/auth/refresh", "{}"), 401, "invalid_refresh_token");
    }

    @Test
    void a_refresh_token_used_as_a_bearer_token_gets_401_and_no_data() {
        Response response = api().get("/api/v1/users/me", register().get("refresh_token").asString());
        assertProblem(response, 401, "invalid_token");
        assertThat(response.body()).doesNotContain("email");
    }

    @Test
    void logout_ends_the_session_its_access_and_refresh_tokens() {
        JsonNode tokens = register();
        String access = tokens.get("access_token").asString();

        Response logout = api().send("POST", "/api/v1/auth/logout", access, null, BodyPublishers.noBody());

        assertThat(logout.status()).isEqualTo(204);
        assertProblem(api().get("/api/v1/users/me", access), 401, "invalid_token");
        assertProblem(refresh(tokens.get("refresh_token").asString()), 401, "invalid_refresh_token");
        assertProblem(api().send("POST", "/api/v1/auth/logout", null, null, BodyPublishers.noBody()), 401, "unauthorized");
    }

    @Test
    void logout_of_all_sessions_ends_every_session_of_the_user() {
        String email = uniqueEmail();
        String phone = api().register(email, PASSWORD).json().get("tokens").get("access_token").asString();
        String laptop = api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", PASSWORD)))
                .json().get("access_token").asString();
        String stranger = register().get("access_token").asString();

        Response logout = api().post("/api/v1/auth/logout", "{\"all_sessions\": true}", laptop);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/users/me", phone).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/users/me", laptop).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/users/me", stranger).status()).isEqualTo(200);
    }

    @Test
    void lists_own_sessions_and_deletes_one_but_never_someone_elses() {
        String email = uniqueEmail();
        JsonNode phone = api().register(email, PASSWORD).json().get("tokens");
        JsonNode laptop = api().post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", PASSWORD))).json();
        JsonNode stranger = register();

        Response list = api().get("/api/v1/users/me/sessions", laptop.get("access_token").asString());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(s -> s.get("id").asString()))
                .containsExactly(laptop.get("session_id").asString(), phone.get("session_id").asString());
        JsonNode current = list.json().get(0);
        assertThat(RegistrationAndLoginTest.fieldNames(current))
                .containsExactlyInAnyOrder("id", "created_at", "last_used_at", "ip", "user_agent", "current");
        assertThat(current.get("current").asBoolean()).isTrue();
        assertThat(current.get("user_agent").asString()).isEqualTo("tradedesk-tests");
        assertThat(list.json().get(1).get("current").asBoolean()).isFalse();

        String laptopToken = laptop.get("access_token").asString();
        assertProblem(api().send("DELETE", "/api/v1/users/me/sessions/" + stranger.get("session_id").asString(),
                laptopToken, null, BodyPublishers.noBody()), 404, "not_found");
        assertThat(api().get("/api/v1/users/me", stranger.get("access_token").asString()).status()).isEqualTo(200);

        Response delete = api().send("DELETE", "/api/v1/users/me/sessions/" + phone.get("session_id").asString(),
                laptopToken, null, BodyPublishers.noBody());
        assertThat(delete.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/users/me", phone.get("access_token").asString()).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/users/me/sessions", laptopToken).json()).hasSize(1);
        assertProblem(api().send("DELETE", "/api/v1/users/me/sessions/not-a-uuid", laptopToken, null,
                BodyPublishers.noBody()), 400, "validation_failed");
    }
}

package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API.md "Conventions" and "Operations", over real HTTP. */
class WebConventionsTest extends ApplicationTestBase {

    private String token;

    @BeforeEach
    void signIn() {
        token = api().register(HttpApi.uniqueEmail(), "harbor-lantern-quiver-36").json()
                .get("tokens").get("access_token").asString();
    }

    @Test
    void unknown_fields_are_rejected_not_ignored() {
        Response response = api().post("/api/v1/auth/register",
                "{\"email\": \"" + HttpApi.uniqueEmail() + "\", \"password\": \"harbor-lantern-quiver-36\", \"roles\": [\"superuser\"]}");

        assertProblem(response, 400, "validation_failed");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
    }

    @Test
    void a_field_of_the_wrong_type_is_named() {
        Response response = api().post("/api/v1/auth/login", "{\"email\": {\"nested\": true}, \"password\": \"x\"}");

        assertProblem(response, 400, "validation_failed");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void malformed_or_missing_json_is_a_400() {
        assertProblem(api().post("/api/v1/auth/login", "{\"email\": "), 400, "malformed_json");
        assertProblem(api().post("/api/v1/auth/login", "{} trailing"), 400, "malformed_json");
        assertProblem(api().post("/api/v1/auth/login", ""), 400, "malformed_json");
        assertProblem(api().post("/api/v1/auth/login", "[1, 2]"), 400, "malformed_json");
    }

    @Test
    void missing_required_fields_are_named() {
        Response response = api().post("/api/v1/auth/login", "{}");

        assertProblem(response, 400, "validation_failed");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("email", "password");
    }

    @Test
    void a_body_over_64_kib_is_a_413_whether_its_length_is_declared_or_not() {
        String big = "{\"email\": \"" + "a".repeat(70 * 1024) + "\", \"password\": \"x\"}";
        assertProblem(api().post("/api/v1/auth/login", big), 413, "payload_too_large");

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        Flow.Publisher<ByteBuffer> chunked = subscriber -> BodyPublishers.ofByteArray(bytes).subscribe(subscriber);
        Response response = api().send("POST", "/api/v1/auth/login", null, "application/json",
                BodyPublishers.fromPublisher(chunked));
        assertProblem(response, 413, "payload_too_large");
    }

    @Test
    void large_headers_and_bodies_are_read_whole_through_the_small_socket_buffers() {
        // tradedesk.ticker.socket-app-buffer (1 KiB) is Tomcat's read and write buffer of every connection:
        // 6 KiB of headers (Tomcat's header limit is 8 KiB), a body of almost 64 KiB and a response of
        // several KiB still go through whole, in more reads and writes
        Response me = api().send("GET", "/api/v1/users/me", token, null, BodyPublishers.noBody(),
                java.util.Map.of("X-Padding", "p".repeat(6 * 1024)));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).contains("@");

        String padded = "{\"email\": \"" + HttpApi.uniqueEmail() + "\", \"password\": \"harbor-lantern-quiver-36\"}"
                + " ".repeat(60 * 1024);
        assertProblem(api().post("/api/v1/auth/login", padded), 401, "invalid_credentials");

        Response openApi = api().get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body().length()).isGreaterThan(8 * 1024);
        assertThat(openApi.json().get("paths").size()).isPositive();
    }

    @Test
    void a_header_value_with_a_control_character_is_refused_by_the_firewall_without_revealing_anything()
            throws Exception {
        // HttpClient will not send a control character, so the request is written by hand; Tomcat reads
        // header bytes as ISO-8859-1, so 0x85 is U+0085 (NEL), a C1 control that the firewall refuses
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String head = "GET /api/v1/users/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + token.substring(0, 20) + "\u0085" + token.substring(20) + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Exception").doesNotContain("at org.");
        }
        Response fine = api().send("GET", "/api/v1/users/me", token, null, BodyPublishers.noBody(),
                java.util.Map.of("X-Note", "a\tb"));
        assertThat(fine.status()).isEqualTo(200);
    }

    @Test
    void the_wrong_content_type_is_a_415() {
        Response response = api().send("POST", "/api/v1/auth/login", null, "text/plain",
                BodyPublishers.ofString("email=a&password=b"));
        assertProblem(response, 415, "unsupported_media_type");
    }

    @Test
    void the_wrong_method_is_a_405_with_allow() {
        Response response = api().send("PUT", "/api/v1/users/me", token, "application/json", BodyPublishers.ofString("{}"));
        assertProblem(response, 405, "method_not_allowed");
        assertThat(response.header("Allow")).contains("GET").contains("PATCH").contains("DELETE");
    }

    @Test
    void no_token_is_a_401_with_a_bearer_challenge() {
        Response response = api().get("/api/v1/users/me", null);
        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void a_bad_token_is_a_401_invalid_token() {
        Response response = api().get("/api/v1/users/me", token.substring(0, token.length() - 4) + "AAAA");
        assertProblem(response, 401, "invalid_token");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(response.body()).doesNotContain("user-");
    }

    @Test
    void an_unknown_path_is_a_404_for_a_signed_in_caller() {
        assertProblem(api().get("/api/v1/no-such-thing", token), 404, "not_found");
    }

    @Test
    void not_allowed_is_a_403() {
        assertProblem(api().get("/api/v1/test/forbidden", token), 403, "forbidden");
    }

    @Test
    void an_internal_error_is_a_500_that_reveals_nothing() {
        Response response = api().get("/api/v1/test/boom", token);

        assertProblem(response, 500, "internal_error");
        assertThat(response.body()).doesNotContain(TestEndpoints.SECRET).doesNotContain("IllegalStateException")
                .doesNotContain("at dev.tradedesk").doesNotContain("trace");
    }

    @Test
    void health_reports_database_and_redis() {
        Response health = api().get("/actuator/health", null);

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("redis").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_exposed() {
        Response metrics = api().get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void spring_security_observes_neither_each_filter_of_its_chain_nor_each_authorization_by_default() {
        assertThat(api().get("/.well-known/jwks.json", null).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/users/me", null).status()).isEqualTo(401);

        String metrics = api().get("/actuator/prometheus", null).body();

        assertThat(metrics).contains("http_server_requests")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\"")
                .doesNotContain("spring_security_authorizations")
                .doesNotContain("spring_security_filterchains");
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_served() {
        Response docs = api().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/auth/register")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/users/me")).isTrue();
        assertThat(docs.json().get("components").get("securitySchemes").has("bearer")).isTrue();

        Response ui = api().get("/docs", null);
        assertThat(ui.status()).isIn(200, 302);
    }
}

package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.tradedesk.bootstrap.HttpApi.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The first vertical slice, over real HTTP: register, log in, read yourself, verify the token. */
class RegistrationAndLoginTest extends ApplicationTestBase {

    private static final String PASSWORD = "tundra-kettle-mosaic-58";

    @Test
    void registering_creates_the_user_and_signs_it_in() {
        String email = uniqueEmail();
        Response response = api().post("/api/v1/auth/register",
                HttpApi.json(Map.of("email", "  " + email.toUpperCase() + " ", "password", PASSWORD, "name", "Ada")));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode user = response.json().get("user");
        assertThat(fieldNames(user)).containsExactlyInAnyOrder("id", "email", "name", "email_verified", "roles",
                "permissions", "created_at");
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("name").asString()).isEqualTo("Ada");
        assertThat(user.get("email_verified").asBoolean()).isFalse();
        assertThat(strings(user.get("roles"))).containsExactly("user");
        assertThat(strings(user.get("permissions")))
                .containsExactly("market:read", "orders:place", "orders:read", "ticker:subscribe");
        assertThat(Instant.parse(user.get("created_at").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(response.header("Location")).isEqualTo("/api/v1/users/" + user.get("id").asString());

        JsonNode tokens = response.json().get("tokens");
        assertTokenResponse(tokens);
    }

    @Test
    void login_and_me_work_with_the_issued_access_token() {
        String email = uniqueEmail();
        String userId = api().register(email, PASSWORD).json().get("user").get("id").asString();

        Response login = api().post("/api/v1/auth/login",
                HttpApi.json(Map.of("email", email.toUpperCase(), "password", PASSWORD)));
        assertThat(login.status()).isEqualTo(200);
        assertTokenResponse(login.json());

        Response me = api().get("/api/v1/users/me", login.json().get("access_token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(userId);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("name").isNull()).isTrue();
    }

    @Test
    void the_access_token_carries_the_documented_claims_and_verifies_from_the_jwks_alone() throws Exception {
        Response registration = api().register(uniqueEmail(), PASSWORD);
        JsonNode tokens = registration.json().get("tokens");

        Response jwks = api().get("/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.header("Cache-Control")).contains("max-age");
        JWKSet keys = JWKSet.parse(jwks.body());
        assertThat(keys.getKeys()).isNotEmpty().allSatisfy(key -> assertThat(key.isPrivate()).isFalse());

        SignedJWT jwt = SignedJWT.parse(tokens.get("access_token").asString());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();

        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getClaims().keySet()).containsAll(Set.of("iss", "sub", "aud", "iat", "exp", "jti", "sid",
                "roles", "perms"));
        assertThat(claims.getSubject()).isEqualTo(registration.json().get("user").get("id").asString());
        assertThat(claims.getStringClaim("sid")).isEqualTo(tokens.get("session_id").asString());
        assertThat(claims.getStringListClaim("roles")).containsExactly("user");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
    }

    @Test
    void the_authorization_server_metadata_points_at_the_jwks() throws Exception {
        Response metadata = api().get("/.well-known/oauth-authorization-server", null);

        assertThat(metadata.status()).isEqualTo(200);
        JsonNode body = metadata.json();
        String issuer = body.get("issuer").asString();
        assertThat(body.get("jwks_uri").asString()).isEqualTo(issuer + "/.well-known/jwks.json");
        assertThat(body.get("token_endpoint").asString()).isEqualTo(issuer + "/api/v1/auth/login");
        assertThat(body.get("revocation_endpoint").asString()).isEqualTo(issuer + "/api/v1/auth/logout");
        String token = api().register(uniqueEmail(), PASSWORD).json().get("tokens").get("access_token").asString();
        assertThat(issuer).isEqualTo(com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getIssuer());
    }

    @Test
    void an_email_can_register_only_once_whatever_its_case() {
        String email = uniqueEmail();
        assertThat(api().register(email, PASSWORD).status()).isEqualTo(201);

        Response again = api().register(email.toUpperCase(), "another-strong-passphrase-91");
        assertProblem(again, 409, "email_taken");
    }

    @Test
    void weak_and_invalid_input_is_refused_with_the_fields_named_and_nothing_stored() {
        String email = uniqueEmail();
        Response weak = api().register(email, "password123");
        assertProblem(weak, 400, "weak_password");
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(api().register(email, PASSWORD).status()).as("the weak attempt stored nothing").isEqualTo(201);

        Response invalid = api().post("/api/v1/auth/register", "{\"email\": \"not-an-email\", \"password\": \"short\"}");
        assertProblem(invalid, 400, "validation_failed");
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("email", "password");

        Response tooLong = api().register(uniqueEmail(), "x".repeat(129));
        assertProblem(tooLong, 400, "validation_failed");
    }

    @Test
    void unknown_email_and_wrong_password_get_the_same_answer() {
        String email = uniqueEmail();
        api().register(email, PASSWORD);

        Response wrongPassword = api().post("/api/v1/auth/login",
                HttpApi.json(Map.of("email", email, "password", "not-the-password-1")));
        Response unknownEmail = api().post("/api/v1/auth/login",
                HttpApi.json(Map.of("email", uniqueEmail(), "password", PASSWORD)));

        assertProblem(wrongPassword, 401, "invalid_credentials");
        assertThat(unknownEmail.status()).isEqualTo(wrongPassword.status());
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void each_login_opens_its_own_session() {
        String email = uniqueEmail();
        api().register(email, PASSWORD);
        String body = HttpApi.json(Map.of("email", email, "password", PASSWORD));

        JsonNode first = api().post("/api/v1/auth/login", body).json();
        JsonNode second = api().post("/api/v1/auth/login", body).json();

        assertThat(first.get("session_id").asString()).isNotEqualTo(second.get("session_id").asString());
        assertThat(first.get("refresh_token").asString()).isNotEqualTo(second.get("refresh_token").asString());
    }

    private static void assertTokenResponse(JsonNode tokens) {
        assertThat(fieldNames(tokens)).containsExactlyInAnyOrder("access_token", "token_type", "expires_in",
                "refresh_token", "refresh_expires_in", "session_id");
        assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(900);
        assertThat(tokens.get("refresh_expires_in").asLong()).isEqualTo(2_592_000);
        assertThat(tokens.get("refresh_token").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(UUID.fromString(tokens.get("session_id").asString())).isNotNull();
        assertThat(tokens.get("access_token").asString().split("\\.")).hasSize(3);
    }

    static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}

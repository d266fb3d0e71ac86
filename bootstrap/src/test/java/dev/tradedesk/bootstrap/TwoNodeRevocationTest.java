package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two application instances on one PostgreSQL database and one Redis (one key prefix), as behind a
 * load balancer, sharing their signing keys through the database (one key-encryption key): what one
 * node revokes stops working on the other within a second, with no database or Redis call on the
 * request path; a node that starts later knows every live revocation; a key rotated in on one node
 * signs everywhere after its activation while tokens signed with the old key keep working; a profile
 * change on one node shows on the other within a second although both answered it from memory.
 */
class TwoNodeRevocationTest {

    private static final String PASSWORD = "orchid-lattice-summit-14";
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startFirstNode() {
        nodeA = startNode();
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext startNode() {
        return TestNodes.start(Map.of(
                "tradedesk.tokens.key-activation-delay", "2s",
                "tradedesk.tokens.key-reload-interval", "500ms",
                "tradedesk.tokens.issuer", "http://tradedesk.test"));
    }

    private static HttpApi api(ConfigurableApplicationContext node) {
        return TestNodes.api(node);
    }

    private static JsonNode register(HttpApi node) {
        return node.register(uniqueEmail(), PASSWORD).json().get("tokens");
    }

    private static void assertTurns401Within(Duration limit, IntSupplier status) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int last;
        do {
            last = status.getAsInt();
            if (last == 401) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertThat(last).as("still accepted after " + limit.toMillis() + " ms").isEqualTo(401);
    }

    @Test
    void revocations_reach_the_other_node_within_a_second_and_a_late_node_learns_them_at_start() throws Exception {
        HttpApi a = api(nodeA);
        JsonNode loggedOutEarly = register(a);
        assertThat(a.send("POST", "/api/v1/auth/logout", loggedOutEarly.get("access_token").asString(), null,
                BodyPublishers.noBody()).status()).isEqualTo(204);

        nodeB = startNode();
        HttpApi b = api(nodeB);
        assertThat(b.get("/api/v1/users/me", loggedOutEarly.get("access_token").asString()).status())
                .as("a node starting after a logout knows of it").isEqualTo(401);

        JsonNode tokens = register(a);
        String access = tokens.get("access_token").asString();
        assertThat(b.get("/api/v1/users/me", access).status()).as("B verifies A's tokens").isEqualTo(200);

        assertThat(a.send("POST", "/api/v1/auth/logout", access, null, BodyPublishers.noBody()).status()).isEqualTo(204);
        assertTurns401Within(WITHIN, () -> b.get("/api/v1/users/me", access).status());
    }

    @Test
    void logging_out_everywhere_on_one_node_stops_every_session_on_the_other() throws Exception {
        if (nodeB == null) {
            nodeB = startNode();
        }
        HttpApi a = api(nodeA);
        HttpApi b = api(nodeB);
        String email = uniqueEmail();
        String first = a.register(email, PASSWORD).json().get("tokens").get("access_token").asString();
        String second = b.post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", PASSWORD)))
                .json().get("access_token").asString();

        assertThat(b.post("/api/v1/auth/logout", "{\"all_sessions\": true}", second).status()).isEqualTo(204);

        assertTurns401Within(WITHIN, () -> a.get("/api/v1/users/me", first).status());
        assertTurns401Within(WITHIN, () -> a.get("/api/v1/users/me", second).status());
    }

    @Test
    void a_profile_change_on_one_node_shows_on_the_other_within_a_second_though_both_had_it_in_memory()
            throws Exception {
        if (nodeB == null) {
            nodeB = startNode();
        }
        HttpApi a = api(nodeA);
        HttpApi b = api(nodeB);
        String token = register(a).get("access_token").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(a.get("/api/v1/users/me", token).json().get("name").isNull()).isTrue();
            assertThat(b.get("/api/v1/users/me", token).json().get("name").isNull()).isTrue();
        }

        assertThat(a.send("PATCH", "/api/v1/users/me", token, "application/json",
                BodyPublishers.ofString("{\"name\": \"Grace Hopper\"}")).status()).isEqualTo(200);

        assertThat(a.get("/api/v1/users/me", token).json().get("name").asString()).isEqualTo("Grace Hopper");
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String seenOnB;
        do {
            JsonNode name = b.get("/api/v1/users/me", token).json().get("name");
            seenOnB = name.isNull() ? null : name.asString();
            if ("Grace Hopper".equals(seenOnB)) {
                break;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        assertThat(seenOnB).as("node B after " + WITHIN.toMillis() + " ms").isEqualTo("Grace Hopper");
    }

    @Test
    void a_rotated_key_signs_on_every_node_after_activation_and_old_tokens_still_verify() throws Exception {
        if (nodeB == null) {
            nodeB = startNode();
        }
        HttpApi a = api(nodeA);
        HttpApi b = api(nodeB);
        String email = uniqueEmail();
        String before = a.register(email, PASSWORD).json().get("tokens").get("access_token").asString();
        String oldKid = com.nimbusds.jwt.SignedJWT.parse(before).getHeader().getKeyID();

        java.time.Instant activation = nodeA.getBean(dev.tradedesk.application.sessions.port.in.RotateSigningKeyUseCase.class)
                .rotate();
        while (java.time.Instant.now().isBefore(activation.plusSeconds(1))) {
            Thread.sleep(100);
        }

        String after = b.post("/api/v1/auth/login", HttpApi.json(Map.of("email", email, "password", PASSWORD)))
                .json().get("access_token").asString();
        String newKid = com.nimbusds.jwt.SignedJWT.parse(after).getHeader().getKeyID();
        assertThat(newKid).as("node B signs with the key node A rotated in").isNotEqualTo(oldKid);
        assertThat(a.get("/api/v1/users/me", after).status()).isEqualTo(200);
        assertThat(b.get("/api/v1/users/me", before).status()).as("the old key still verifies").isEqualTo(200);
        assertThat(a.get("/.well-known/jwks.json", null).body()).contains(oldKid).contains(newKid);
    }
}

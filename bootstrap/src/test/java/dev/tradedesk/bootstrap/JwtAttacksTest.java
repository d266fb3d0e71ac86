package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.RegistrationAndLoginTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.tradedesk.bootstrap.HttpApi.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forged and stale tokens against the running service: each is a 401 {@code invalid_token} that
 * reveals nothing of the account it names.
 */
class JwtAttacksTest extends ApplicationTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    private dev.tradedesk.adapter.security.sessions.SigningKeyRing signingKeys;

    private JWTClaimsSet genuine;
    private String genuineToken;
    private String kid;

    @BeforeEach
    void signIn() throws Exception {
        genuineToken = api().register(HttpApi.uniqueEmail(), "saffron-glacier-tunnel-71").json()
                .get("tokens").get("access_token").asString();
        SignedJWT jwt = SignedJWT.parse(genuineToken);
        genuine = jwt.getJWTClaimsSet();
        kid = jwt.getHeader().getKeyID();
        assertThat(me(genuineToken).status()).isEqualTo(200);
    }

    private Response me(String token) {
        return api().get("/api/v1/users/me", token);
    }

    private void assertRejected(String token) {
        Response response = me(token);
        assertProblem(response, 401, "invalid_token");
        assertThat(response.body()).doesNotContain(genuine.getSubject()).doesNotContain("@example.com");
    }

    private JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder(genuine);
        change.accept(builder);
        return builder.build();
    }

    @Test
    void alg_none() {
        assertRejected(new PlainJWT(genuine).serialize());
        String[] parts = genuineToken.split("\\.");
        String noneHeader = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertRejected(noneHeader + "." + parts[1] + ".");
    }

    @Test
    void hs256_signed_with_the_published_public_key() throws Exception {
        String jwks = api().get("/.well-known/jwks.json", null).body();
        for (byte[] secret : List.of(jwks.getBytes(StandardCharsets.UTF_8),
                ECKey.parse(com.nimbusds.jose.jwk.JWKSet.parse(jwks).getKeyByKeyId(kid).toJSONObject())
                        .toECPublicKey().getEncoded())) {
            byte[] padded = secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid)
                    .type(JOSEObjectType.JWT).build(), claims(b -> b.claim("roles", List.of("superuser"))));
            forged.sign(new MACSigner(padded));
            assertRejected(forged.serialize());
        }
    }

    @Test
    void tampered_payload() {
        String[] parts = genuineToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"user\"", "\"superuser\"");
        assertRejected(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void a_key_the_service_does_not_trust() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        assertRejected(signed(stranger, stranger.getKeyID(), genuine));
        assertRejected(signed(stranger, kid, genuine));
    }

    @Test
    void expired_not_yet_valid_wrong_issuer_or_audience_even_when_signed_with_the_services_own_key() throws Exception {
        ECKey own = signingKeys.current();
        assertThat(me(signed(own, own.getKeyID(), genuine)).status()).as("the unchanged claims re-signed still work").isEqualTo(200);

        Instant past = Instant.now().minusSeconds(3600);
        assertRejected(signed(own, own.getKeyID(), claims(b -> b.issueTime(Date.from(past.minusSeconds(900)))
                .expirationTime(Date.from(past)))));
        assertRejected(signed(own, own.getKeyID(), claims(b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(600))))));
        assertRejected(signed(own, own.getKeyID(), claims(b -> b.issuer("https://evil.example"))));
        assertRejected(signed(own, own.getKeyID(), claims(b -> b.audience("someone-else"))));
        assertRejected(signed(own, own.getKeyID(), claims(b -> b.claim("sid", null))));
    }

    @Test
    void a_refresh_token_or_garbage_as_a_bearer_token() {
        assertRejected("definitely.not.ajwt");
        assertRejected("x");
    }

    private static String signed(ECKey key, String headerKid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(headerKid)
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}

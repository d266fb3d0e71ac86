package dev.tradedesk.adapter.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** With the provider the service picks on this machine; {@link NimbusTokenIssuerBouncyCastleTest} runs it all with the other. */
class NimbusTokenIssuerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final TokenSettings SETTINGS = new TokenSettings("https://tradedesk.example", "tradedesk");

    private final SigningKeyRing keys = SigningKeyRing.of(SigningKeyRing.generateKey());
    private final NimbusTokenIssuer issuer = issuer(Clock.fixed(NOW, ZoneOffset.UTC), NimbusTokenIssuer.DEFAULT_CACHE_CAPACITY);
    private final AccessTokenClaims claims = new AccessTokenClaims(UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Set.of("user"), Set.of("orders:place", "market:read"), 7, NOW, NOW.plus(Duration.ofMinutes(15)));

    /** The JCA provider that signs and verifies. */
    Provider provider() {
        return P256Provider.preferred();
    }

    private NimbusTokenIssuer issuer(Clock clock, int cacheCapacity) {
        return new NimbusTokenIssuer(keys, SETTINGS, clock, cacheCapacity, provider());
    }

    @Test
    void issues_an_es256_token_with_every_documented_claim_and_verifies_it() throws Exception {
        String token = issuer.issue(claims);

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(keys.currentKeyId());
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        JWTClaimsSet body = jwt.getJWTClaimsSet();
        assertThat(body.getIssuer()).isEqualTo("https://tradedesk.example");
        assertThat(body.getSubject()).isEqualTo(claims.userId().toString());
        assertThat(body.getAudience()).containsExactly("tradedesk");
        assertThat(body.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(body.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(body.getJWTID()).isEqualTo(claims.tokenId().toString());
        assertThat(body.getStringClaim("sid")).isEqualTo(claims.sessionId().toString());
        assertThat(body.getStringListClaim("roles")).containsExactly("user");
        assertThat(body.getStringListClaim("perms")).containsExactly("market:read", "orders:place");
        assertThat(body.getLongClaim("ver")).isEqualTo(7);

        assertThat(issuer.verify(token)).isEqualTo(claims);
    }

    @Test
    void any_jose_library_verifies_the_token_from_the_published_jwks_alone() throws Exception {
        String token = issuer.issue(claims);

        JWKSet published = JWKSet.parse(issuer.publicKeys());
        assertThat(published.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        SignedJWT jwt = SignedJWT.parse(token);
        ECKey key = (ECKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
    }

    @Test
    void after_a_rotation_tokens_are_signed_by_the_new_key_and_the_old_keys_tokens_still_verify() throws Exception {
        ECKey old = keys.current();
        String before = issuer.issue(claims);
        ECKey rotated = SigningKeyRing.generateKey();
        keys.replace(rotated, List.of(old, rotated));

        String after = issuer.issue(claims);

        SignedJWT jwt = SignedJWT.parse(after);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(rotated.getKeyID()).isNotEqualTo(old.getKeyID());
        assertThat(jwt.verify(new ECDSAVerifier(rotated.toPublicJWK()))).isTrue();
        assertThat(jwt.verify(new ECDSAVerifier(old.toPublicJWK()))).isFalse();
        assertThat(issuer.verify(after)).isEqualTo(claims);
        assertThat(issuer.verify(before)).isEqualTo(claims);
    }

    @Test
    void the_published_keys_are_made_once_per_key_change_and_cannot_be_altered() throws Exception {
        ECKey old = keys.current();
        Map<String, Object> first = issuer.publicKeys();
        assertThat(issuer.publicKeys()).isSameAs(first);
        assertThatThrownBy(() -> first.put("keys", List.of())).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> onlyKey = ((List<Map<String, Object>>) first.get("keys")).get(0);
        assertThatThrownBy(() -> onlyKey.put("kid", "forged")).isInstanceOf(UnsupportedOperationException.class);

        ECKey rotated = SigningKeyRing.generateKey();
        keys.replace(rotated, List.of(old, rotated));

        Map<String, Object> second = issuer.publicKeys();
        assertThat(second).isNotSameAs(first);
        assertThat(JWKSet.parse(second).getKeys()).extracting(JWK::getKeyID)
                .containsExactly(old.getKeyID(), rotated.getKeyID());
        assertThat(JWKSet.parse(second).getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(JWKSet.parse(first).getKeys()).extracting(JWK::getKeyID).containsExactly(old.getKeyID());
    }

    @Test
    void the_provider_is_used_without_being_installed_in_the_jvm() {
        issuer.verify(issuer.issue(claims));

        assertThat(java.security.Security.getProvider(provider().getName())).isNull();
        assertThat(java.security.Security.getProvider("BC")).isNull();
    }

    @Test
    void a_configured_pkcs8_key_signs_and_keeps_its_thumbprint() throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.current().toECPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        ECKey loaded = SigningKeyRing.keyFromPkcs8Pem(pem);

        assertThat(loaded.getKeyID()).isEqualTo(keys.currentKeyId());
        assertThat(loaded.toECPublicKey()).isEqualTo(keys.current().toECPublicKey());
        assertThatThrownBy(() -> SigningKeyRing.keyFromPkcs8Pem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- attacks: each must be refused ---

    @Test
    void refuses_an_unsigned_token() {
        String none = new PlainJWT(validClaims().build()).serialize();
        assertRefused(none);
    }

    @Test
    void refuses_hs256_signed_with_the_public_key_as_secret() throws Exception {
        byte[] publicKeyAsSecret = keys.publicSet().toString().getBytes(StandardCharsets.UTF_8);
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.currentKeyId())
                .type(JOSEObjectType.JWT).build(), validClaims().build());
        forged.sign(new MACSigner(publicKeyAsSecret));
        assertRefused(forged.serialize());
    }

    @Test
    void refuses_a_tampered_payload() {
        String[] parts = issuer.issue(claims).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"user\"", "\"superuser\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRefused(tampered);
    }

    @Test
    void refuses_an_expired_token_to_the_second() {
        assertRefused(signed(b -> b.expirationTime(Date.from(NOW))));
        assertRefused(signed(b -> b.issueTime(Date.from(NOW.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(NOW.minusSeconds(1)))));
    }

    @Test
    void refuses_a_token_not_valid_yet() {
        assertRefused(signed(b -> b.notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(5))))));
    }

    @Test
    void refuses_a_wrong_issuer_or_audience() {
        assertRefused(signed(b -> b.issuer("https://evil.example")));
        assertRefused(signed(b -> b.audience("another-service")));
        assertRefused(signed(b -> b.audience(List.of())));
    }

    @Test
    void refuses_a_token_signed_by_an_unknown_key() throws Exception {
        ECKey stranger = SigningKeyRing.generateKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(stranger.getKeyID())
                .type(JOSEObjectType.JWT).build(), validClaims().build());
        jwt.sign(new ECDSASigner(stranger));
        assertRefused(jwt.serialize());

        SignedJWT sameKidOtherKey = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.currentKeyId())
                .type(JOSEObjectType.JWT).build(), validClaims().build());
        sameKidOtherKey.sign(new ECDSASigner(stranger));
        assertRefused(sameKidOtherKey.serialize());
    }

    @Test
    void refuses_a_token_missing_a_claim_tradedesk_relies_on() {
        assertRefused(signed(b -> b.claim("sid", null)));
        assertRefused(signed(b -> b.claim("perms", null)));
        assertRefused(signed(b -> b.claim("ver", null)));
        assertRefused(signed(b -> b.claim("ver", "1")));
        assertRefused(signed(b -> b.claim("ver", -1)));
        assertRefused(signed(b -> b.subject("not-a-uuid")));
    }

    @Test
    void refuses_garbage() {
        assertRefused("");
        assertRefused("abc.def.ghi");
        assertRefused(UUID.randomUUID().toString());
    }

    private JWTClaimsSet.Builder validClaims() {
        return new JWTClaimsSet.Builder()
                .issuer(SETTINGS.issuer())
                .subject(claims.userId().toString())
                .audience(SETTINGS.audience())
                .issueTime(Date.from(NOW.truncatedTo(ChronoUnit.SECONDS)))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", claims.sessionId().toString())
                .claim("roles", List.of("superuser"))
                .claim("perms", List.of("users:read"))
                .claim("ver", 0);
    }

    private String signed(Consumer<JWTClaimsSet.Builder> change) {
        try {
            JWTClaimsSet.Builder builder = validClaims();
            change.accept(builder);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.currentKeyId())
                    .type(JOSEObjectType.JWT).build(), builder.build());
            jwt.sign(new ECDSASigner(keys.current()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> issuer.verify(token)).isInstanceOf(InvalidAccessTokenException.class);
    }

    @Test
    void a_token_verified_before_is_refused_once_it_expires() {
        SteppingClock clock = new SteppingClock(NOW);
        NimbusTokenIssuer cached = issuer(clock, NimbusTokenIssuer.DEFAULT_CACHE_CAPACITY);
        String token = signed(b -> b.expirationTime(Date.from(NOW.plusSeconds(60))));

        assertThat(cached.verify(token).userId()).isEqualTo(claims.userId());
        assertThat(cached.verify(token).userId()).isEqualTo(claims.userId());
        clock.now = NOW.plusSeconds(60);
        assertThat(cached.verify(token).userId()).isEqualTo(claims.userId());
        clock.now = NOW.plusSeconds(61);
        assertThatThrownBy(() -> cached.verify(token)).isInstanceOf(InvalidAccessTokenException.class);
    }

    @Test
    void a_token_verified_before_is_refused_once_its_key_is_no_longer_trusted() {
        String token = issuer.issue(claims);
        assertThat(issuer.verify(token)).isEqualTo(claims);

        ECKey next = SigningKeyRing.generateKey();
        keys.replace(next, List.of(next));

        assertRefused(token);
        assertThat(issuer.verify(issuer.issue(claims))).isEqualTo(claims);
    }

    @Test
    void a_refused_token_stays_refused_and_a_changed_one_is_checked_afresh() {
        String token = issuer.issue(claims);
        assertThat(issuer.verify(token)).isEqualTo(claims);
        String[] parts = token.split("\\.");
        String otherSignature = signed(b -> { }).split("\\.")[2];

        assertRefused(parts[0] + "." + parts[1] + "." + otherSignature);
        assertRefused(token + "x");
        assertRefused(token.substring(0, token.length() - 1));
        assertThat(issuer.verify(token)).isEqualTo(claims);
    }

    @Test
    void without_a_cache_every_check_is_done_in_full() {
        NimbusTokenIssuer uncached = issuer(Clock.fixed(NOW, ZoneOffset.UTC), 0);
        String token = uncached.issue(claims);
        assertThat(uncached.verify(token)).isEqualTo(claims);
        ECKey next = SigningKeyRing.generateKey();
        keys.replace(next, List.of(next));
        assertThatThrownBy(() -> uncached.verify(token)).isInstanceOf(InvalidAccessTokenException.class);
    }

    private static final class SteppingClock extends Clock {
        volatile Instant now;

        SteppingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void the_signing_helper_makes_tokens_that_pass_when_unchanged() {
        assertThat(issuer.verify(signed(b -> { })).roles()).containsExactly("superuser");
    }
}

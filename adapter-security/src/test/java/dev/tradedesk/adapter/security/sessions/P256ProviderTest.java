package dev.tradedesk.adapter.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import java.security.Provider;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class P256ProviderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final TokenSettings SETTINGS = new TokenSettings("https://tradedesk.example", "tradedesk");

    private final SigningKeyRing keys = SigningKeyRing.of(SigningKeyRing.generateKey());
    private final AccessTokenClaims claims = new AccessTokenClaims(UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Set.of("user"), Set.of("orders:place"), 3, NOW, NOW.plus(Duration.ofMinutes(15)));

    private NimbusTokenIssuer issuer(Provider provider) {
        return new NimbusTokenIssuer(keys, SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC), 0, provider);
    }

    @Test
    void the_native_provider_is_chosen_on_linux_x86_64() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        assumeTrue(os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")),
                "the bundled native library is for Linux on x86_64");

        assertThat(P256Provider.preferred().getName()).isEqualTo("AmazonCorrettoCryptoProvider");
        assertThat(P256Provider.preferred()).isSameAs(P256Provider.preferred());
    }

    @Test
    void each_provider_verifies_the_others_tokens_and_so_does_the_jdk() throws Exception {
        NimbusTokenIssuer preferred = issuer(P256Provider.preferred());
        NimbusTokenIssuer bouncyCastle = issuer(P256Provider.bouncyCastle());

        String byPreferred = preferred.issue(claims);
        String byBouncyCastle = bouncyCastle.issue(claims);

        assertThat(bouncyCastle.verify(byPreferred)).isEqualTo(claims);
        assertThat(preferred.verify(byBouncyCastle)).isEqualTo(claims);
        for (String token : new String[] {byPreferred, byBouncyCastle}) {
            assertThat(verifiesWithTheJdk(token, keys.current())).isTrue();
        }
    }

    @Test
    void signatures_are_randomised_and_in_the_jose_format() throws Exception {
        NimbusTokenIssuer preferred = issuer(P256Provider.preferred());

        SignedJWT first = SignedJWT.parse(preferred.issue(claims));
        SignedJWT second = SignedJWT.parse(preferred.issue(claims));

        assertThat(first.getSigningInput()).isEqualTo(second.getSigningInput());
        assertThat(first.getSignature()).isNotEqualTo(second.getSignature());
        assertThat(first.getSignature().decode()).hasSize(64); // R || S, RFC 7518 §3.4
        assertThat(first.verify(new ECDSAVerifier(keys.current().toECPublicKey()))).isTrue();
    }

    @Test
    void a_tampered_token_fails_with_either_provider() throws Exception {
        String token = issuer(P256Provider.preferred()).issue(claims);
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 1;
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        for (Provider provider : new Provider[] {P256Provider.preferred(), P256Provider.bouncyCastle()}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> issuer(provider).verify(tampered)))
                    .as(provider.getName())
                    .isInstanceOf(dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException.class);
        }
        assertThat(verifiesWithTheJdk(tampered, keys.current())).isFalse();
    }

    /** SunEC alone, in the P1363 (R || S) form that JWS uses: no Nimbus, no provider of ours. */
    private static boolean verifiesWithTheJdk(String token, ECKey key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        jdk.initVerify(key.toECPublicKey());
        jdk.update(token.substring(0, lastDot).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return jdk.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }
}

package dev.tradedesk.adapter.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.application.sessions.port.out.StoredSigningKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AesGcmSigningKeysTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static byte[] randomKek() {
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        return kek;
    }

    private final byte[] kek = randomKek();
    private final SigningKeyRing ring = SigningKeyRing.of(SigningKeyRing.generateKey());
    private final AesGcmSigningKeys keys = new AesGcmSigningKeys(kek, ring);
    private final NimbusTokenIssuer issuer = new NimbusTokenIssuer(ring,
            new TokenSettings("https://tradedesk.example", "tradedesk"), Clock.fixed(NOW, ZoneOffset.UTC));

    private String token() {
        return issuer.issue(new AccessTokenClaims(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Set.of("user"),
                Set.of(), 0, NOW, NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void a_stored_key_reveals_no_private_key_material() throws Exception {
        StoredSigningKey stored = keys.generate(NOW, NOW);

        JWK published = JWK.parse(stored.publicJwk());
        assertThat(published.isPrivate()).isFalse();
        assertThat(published.getKeyID()).isEqualTo(stored.kid());
        byte[] d = keys.unseal(stored).getD().decode();
        assertThat(HexFormat.of().formatHex(stored.sealedPrivateKey())).doesNotContain(HexFormat.of().formatHex(d));
    }

    @Test
    void another_kek_cannot_open_a_sealed_key() {
        StoredSigningKey stored = keys.generate(NOW, NOW);
        AesGcmSigningKeys stranger = new AesGcmSigningKeys(randomKek(), SigningKeyRing.of(SigningKeyRing.generateKey()));

        assertThatThrownBy(() -> stranger.use(List.of(stored), NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key-encryption key");
    }

    @Test
    void a_sealed_key_moved_to_another_kid_does_not_open() {
        StoredSigningKey a = keys.generate(NOW, NOW);
        StoredSigningKey b = keys.generate(NOW, NOW);
        StoredSigningKey swapped = new StoredSigningKey(b.kid(), a.sealedPrivateKey(), b.publicJwk(), NOW, NOW, null);

        assertThatThrownBy(() -> keys.use(List.of(swapped), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void after_a_rotation_new_tokens_use_the_new_key_and_old_tokens_verify_until_the_old_key_retires() {
        StoredSigningKey first = keys.generate(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));
        keys.use(List.of(first), NOW);
        String signedWithFirst = token();
        assertThat(ring.currentKeyId()).isEqualTo(first.kid());

        StoredSigningKey second = keys.generate(NOW, NOW.plusSeconds(60));
        keys.use(List.of(first, second), NOW);
        assertThat(ring.currentKeyId()).as("the new key waits for its activation").isEqualTo(first.kid());
        assertThat(ring.publicSet().getKeys()).extracting(JWK::getKeyID).containsExactlyInAnyOrder(first.kid(), second.kid());

        Instant activated = NOW.plusSeconds(61);
        keys.use(List.of(first.retiringAt(activated.plus(Duration.ofMinutes(15))), second), activated);
        assertThat(ring.currentKeyId()).isEqualTo(second.kid());
        assertThat(issuer.verify(signedWithFirst)).isNotNull();
        assertThat(issuer.verify(token()).userId()).isNotNull();

        keys.use(List.of(second), activated.plus(Duration.ofMinutes(16)));
        assertThatThrownBy(() -> issuer.verify(signedWithFirst)).isInstanceOf(InvalidAccessTokenException.class);
        assertThat(ring.publicSet().getKeys()).extracting(JWK::getKeyID).containsExactly(second.kid());
    }

    @Test
    void refuses_a_kek_of_the_wrong_size() {
        assertThatThrownBy(() -> new AesGcmSigningKeys(new byte[16], ring)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> AesGcmSigningKeys.decodeKey("not base64!")).hasMessageContaining("base64");
    }
}

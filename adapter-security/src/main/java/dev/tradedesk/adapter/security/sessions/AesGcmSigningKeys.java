package dev.tradedesk.adapter.security.sessions;

import com.nimbusds.jose.jwk.ECKey;
import dev.tradedesk.application.sessions.port.out.SigningKeys;
import dev.tradedesk.application.sessions.port.out.StoredSigningKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing keys sealed with AES-256-GCM under a key-encryption key (KEK) that only the nodes'
 * configuration holds: the database never sees a private key in the clear. A sealed key is
 * {@code nonce (12 bytes) || ciphertext || tag}, authenticated together with its {@code kid}, so a
 * sealed key cannot be swapped onto another key's row.
 */
public final class AesGcmSigningKeys implements SigningKeys {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey kek;
    private final SigningKeyRing ring;

    public AesGcmSigningKeys(byte[] keyEncryptionKey, SigningKeyRing ring) {
        if (keyEncryptionKey.length != 32) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes (AES-256), base64-encoded;"
                    + " make one with: openssl rand -base64 32");
        }
        this.kek = new SecretKeySpec(keyEncryptionKey.clone(), "AES");
        this.ring = ring;
    }

    /** Parses the configured KEK: 32 random bytes in base64. */
    public static byte[] decodeKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key-encryption key is not base64; make one with: openssl rand -base64 32");
        }
    }

    @Override
    public StoredSigningKey generate(Instant createdAt, Instant activatesAt) {
        ECKey key = SigningKeyRing.generateKey();
        try {
            byte[] pkcs8 = key.toECPrivateKey().getEncoded();
            return new StoredSigningKey(key.getKeyID(), seal(key.getKeyID(), pkcs8), key.toPublicJWK().toJSONString(),
                    createdAt, activatesAt, null);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("cannot encode the new signing key", e);
        }
    }

    @Override
    public void use(List<StoredSigningKey> keys, Instant now) {
        List<ECKey> trusted = keys.stream().filter(k -> k.trustedAt(now)).map(this::unseal).toList();
        StoredSigningKey signing = keys.stream().filter(k -> k.signsAt(now))
                .max(Comparator.comparing(StoredSigningKey::activatesAt))
                .orElseThrow(() -> new IllegalStateException("no signing key is active"));
        ECKey current = trusted.stream().filter(k -> k.getKeyID().equals(signing.kid())).findFirst().orElseThrow();
        ring.replace(current, trusted);
    }

    ECKey unseal(StoredSigningKey stored) {
        ECKey key = SigningKeyRing.keyFromPkcs8(open(stored.kid(), stored.sealedPrivateKey()));
        if (!key.getKeyID().equals(stored.kid())) {
            throw new IllegalStateException("signing key " + stored.kid() + " does not match its thumbprint");
        }
        return key;
    }

    private byte[] seal(String kid, byte[] plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a signing key", e);
        }
    }

    private byte[] open(String kid, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open signing key " + kid
                    + ": the key-encryption key differs from the one that sealed it", e);
        }
    }
}

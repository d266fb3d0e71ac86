package dev.tradedesk.adapter.security.sessions;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.jce.ECNamedCurveTable;

/**
 * The ES256 (P-256) keys this node signs and verifies access tokens with, each with its RFC 7638
 * thumbprint as {@code kid}: one current signing key, and every key still trusted for verification.
 * Swapped atomically when the shared key store changes ({@link #replace}); the token issuer reads it
 * on every use.
 */
public final class SigningKeyRing {

    /** The keys, and the JWKS document of their public halves: made once per change, not on every request. */
    private record State(ECKey current, JWKSet all, Map<String, Object> publicJson) {

        static State of(ECKey current, List<ECKey> trusted) {
            JWKSet all = new JWKSet(List.<JWK>copyOf(trusted));
            List<Map<String, Object>> keys = all.toPublicJWKSet().getKeys().stream()
                    .map(key -> Collections.unmodifiableMap(key.toJSONObject())).toList();
            return new State(current, all, Map.of("keys", keys));
        }
    }

    private volatile State state;

    private SigningKeyRing() {
    }

    /** A ring of one fixed key: an operator-supplied key, or one generated for a test or a single process. */
    public static SigningKeyRing of(ECKey key) {
        SigningKeyRing ring = new SigningKeyRing();
        ring.replace(key, List.of(key));
        return ring;
    }

    /** A ring to be filled from the shared key store ({@link AesGcmSigningKeys}) before the first token. */
    public static SigningKeyRing unloaded() {
        return new SigningKeyRing();
    }

    public static ECKey generateKey() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    /** Reads a P-256 private key in PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public static ECKey keyFromPkcs8Pem(String pem) {
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return keyFromPkcs8(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the signing key is not a PKCS#8 P-256 private key: " + e.getMessage(), e);
        }
    }

    /** A P-256 private key from its PKCS#8 encoding, with its public key derived from it. */
    static ECKey keyFromPkcs8(byte[] pkcs8) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Curve curve = Curve.forECParameterSpec(privateKey.getParams());
            if (!Curve.P_256.equals(curve)) {
                throw new IllegalArgumentException("the signing key must be on P-256 for ES256, not " + curve);
            }
            org.bouncycastle.math.ec.ECPoint q = ECNamedCurveTable.getParameterSpec("secp256r1").getG()
                    .multiply(privateKey.getS()).normalize();
            ECPoint publicPoint = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(
                    new ECPublicKeySpec(publicPoint, privateKey.getParams()));
            return new ECKey.Builder(Curve.P_256, publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (java.security.GeneralSecurityException | JOSEException | ClassCastException e) {
            throw new IllegalArgumentException("not a PKCS#8 P-256 private key: " + e.getMessage(), e);
        }
    }

    /** Makes {@code current} the signing key and {@code trusted} (which must contain it) the verifying ones. */
    public void replace(ECKey current, List<ECKey> trusted) {
        Objects.requireNonNull(current, "current");
        if (trusted.stream().noneMatch(k -> k.getKeyID().equals(current.getKeyID()))) {
            throw new IllegalArgumentException("the signing key must be among the trusted keys");
        }
        state = State.of(current, trusted);
    }

    public ECKey current() {
        return loaded().current();
    }

    public String currentKeyId() {
        return current().getKeyID();
    }

    /** Whether the key {@code kid} is among the keys trusted for verification right now. */
    public boolean trusts(String kid) {
        State current = state;
        return kid != null && current != null && current.all().getKeyByKeyId(kid) != null;
    }

    /** Every trusted key with its private part, read afresh on each use. */
    public JWKSource<SecurityContext> source() {
        return (selector, context) -> selector.select(loaded().all());
    }

    /** The public halves only, as published in the JWKS document. */
    public JWKSet publicSet() {
        return loaded().all().toPublicJWKSet();
    }

    /** {@link #publicSet()} as the JWKS document's JSON object (read-only, the same instance until the keys change). */
    public Map<String, Object> publicJson() {
        return loaded().publicJson();
    }

    private State loaded() {
        State current = state;
        if (current == null) {
            throw new IllegalStateException("the signing keys are not loaded yet");
        }
        return current;
    }
}

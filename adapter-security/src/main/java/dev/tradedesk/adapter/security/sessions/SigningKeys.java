package dev.tradedesk.adapter.security.sessions;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.jce.ECNamedCurveTable;

/**
 * The ES256 (P-256) key that signs access tokens, with its RFC 7638 thumbprint as {@code kid}.
 * Built from a configured PKCS#8 PEM key, or generated for a single local node.
 */
public final class SigningKeys {

    private final ECKey current;

    private SigningKeys(ECKey current) {
        this.current = Objects.requireNonNull(current);
    }

    public static SigningKeys generate() {
        try {
            return new SigningKeys(new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    /** Reads a P-256 private key in PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public static SigningKeys fromPkcs8Pem(String pem) {
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            Curve curve = Curve.forECParameterSpec(privateKey.getParams());
            if (!Curve.P_256.equals(curve)) {
                throw new IllegalArgumentException("the signing key must be on P-256 for ES256, not " + curve);
            }
            org.bouncycastle.math.ec.ECPoint q = ECNamedCurveTable.getParameterSpec("secp256r1").getG()
                    .multiply(privateKey.getS()).normalize();
            ECPoint publicPoint = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(
                    new ECPublicKeySpec(publicPoint, privateKey.getParams()));
            return new SigningKeys(new ECKey.Builder(Curve.P_256, publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint()
                    .build());
        } catch (java.security.GeneralSecurityException | JOSEException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("the signing key is not a PKCS#8 P-256 private key: " + e.getMessage(), e);
        }
    }

    public ECKey current() {
        return current;
    }

    public String currentKeyId() {
        return current.getKeyID();
    }

    /** Every key with its private part, for signing and verifying. */
    public JWKSet privateSet() {
        return new JWKSet(List.<JWK>of(current));
    }

    /** The public halves only, as published in the JWKS document. */
    public JWKSet publicSet() {
        return privateSet().toPublicJWKSet();
    }
}

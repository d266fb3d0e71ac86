package dev.tradedesk.adapter.security.sessions;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * ES256 access tokens, signed with Nimbus and verified through Spring Security's Nimbus decoder.
 * Verification accepts only ES256 with a known {@code kid}, {@code typ: JWT}, this issuer and audience,
 * an unexpired {@code exp} (no clock skew) and every claim TradeDesk puts in; anything else is an
 * {@link InvalidAccessTokenException}.
 *
 * <p>The P-256 arithmetic of signing and verifying is done by {@link P256Provider#preferred()}: Amazon
 * Corretto Crypto Provider's native code where it loads, else Bouncy Castle, passed to Nimbus and never
 * installed JVM-wide. Every sign-in, refresh and first use of an access token pays one signature or one
 * check (docs/identity.md; docs/benchmarks.md, "What bounds figures 1 to 3").
 */
public final class NimbusTokenIssuer implements TokenIssuer {

    static final String SESSION_CLAIM = "sid";
    static final String ROLES_CLAIM = "roles";
    static final String PERMISSIONS_CLAIM = "perms";
    /** The user's authorization version when the token was issued; see {@code RevocationView}. */
    static final String VERSION_CLAIM = "ver";
    /** About 1.5 KB each: at most some 15 MB of heap. */
    static final int DEFAULT_CACHE_CAPACITY = 10_000;

    private final SigningKeyRing keys;
    private final TokenSettings settings;
    private final NimbusJwtDecoder decoder;
    private final Clock clock;
    private final int cacheCapacity;
    private final Provider p256;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** The signer of the current key, made again when the ring's current key changes. */
    private volatile Signing signing;

    /** Claims of a token whose signature and claims were checked, and the key that signed it. */
    private record Verified(AccessTokenClaims claims, String kid) {
    }

    private record Signing(String kid, JWSSigner signer) {
    }

    public NimbusTokenIssuer(SigningKeyRing keys, TokenSettings settings, Clock clock) {
        this(keys, settings, clock, DEFAULT_CACHE_CAPACITY);
    }

    /**
     * @param cacheCapacity how many verified tokens to remember (0: none). ES256 verification costs
     *                      about a millisecond of CPU, most of an authenticated request's work; a client
     *                      presents one access token many times during its lifetime. The cache is
     *                      emptied when full.
     */
    public NimbusTokenIssuer(SigningKeyRing keys, TokenSettings settings, Clock clock, int cacheCapacity) {
        this(keys, settings, clock, cacheCapacity, P256Provider.preferred());
    }

    /** @param p256 the JCA provider that signs and verifies (see {@link P256Provider}) */
    public NimbusTokenIssuer(SigningKeyRing keys, TokenSettings settings, Clock clock, int cacheCapacity, Provider p256) {
        if (cacheCapacity < 0) {
            throw new IllegalArgumentException("cacheCapacity must not be negative: " + cacheCapacity);
        }
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.cacheCapacity = cacheCapacity;
        this.p256 = p256;
        DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();
        verifiers.getJCAContext().setProvider(p256);
        this.decoder = NimbusJwtDecoder.withJwkSource(keys.source())
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .jwtProcessorCustomizer(processor -> processor.setJWSVerifierFactory(verifiers))
                .build();
        this.decoder.setJwtValidator(validator(settings, clock));
    }

    private static OAuth2TokenValidator<Jwt> validator(TokenSettings settings, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        timestamps.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps,
                JwtTypeValidator.jwt(),
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(settings.audience())),
                present(JwtClaimNames.SUB), present(JwtClaimNames.JTI), present(JwtClaimNames.IAT),
                present(SESSION_CLAIM), present(ROLES_CLAIM), present(PERMISSIONS_CLAIM), present(VERSION_CLAIM)));
    }

    private static OAuth2TokenValidator<Jwt> present(String claim) {
        return new JwtClaimValidator<>(claim, value -> value != null);
    }

    @Override
    public String issue(AccessTokenClaims claims) {
        Signing current = signing();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(current.kid()).type(JOSEObjectType.JWT).build();
        JWTClaimsSet body = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(claims.userId().toString())
                .audience(List.of(settings.audience()))
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId().toString())
                .claim(SESSION_CLAIM, claims.sessionId().toString())
                .claim(ROLES_CLAIM, claims.roles().stream().sorted().toList())
                .claim(PERMISSIONS_CLAIM, claims.permissions().stream().sorted().toList())
                .claim(VERSION_CLAIM, claims.authzVersion())
                .build();
        SignedJWT jwt = new SignedJWT(header, body);
        try {
            jwt.sign(current.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    private Signing signing() {
        ECKey key = keys.current();
        Signing current = signing;
        if (current == null || !current.kid().equals(key.getKeyID())) {
            try {
                ECDSASigner signer = new ECDSASigner(providersKey(key), Curve.P_256);
                signer.getJCAContext().setProvider(p256);
                current = new Signing(key.getKeyID(), signer);
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign with key " + key.getKeyID() + ": " + e.getMessage(), e);
            }
            signing = current;
        }
        return current;
    }

    /**
     * The private key as the provider's own key object, translated once per key. Given a JDK key, Bouncy
     * Castle converts its curve parameters on every signature, and with a fresh generator point it
     * recomputes the generator's table of multiples each time (a quarter of a refresh's CPU in JFR; 0.21
     * against 0.07 ms per signature); Amazon Corretto Crypto Provider copies the key into native memory
     * each time (0.04 against 0.02 ms).
     */
    private PrivateKey providersKey(ECKey key) throws JOSEException {
        try {
            return (PrivateKey) KeyFactory.getInstance("EC", p256).translateKey(key.toECPrivateKey());
        } catch (GeneralSecurityException e) {
            throw new JOSEException("cannot read key " + key.getKeyID() + " into " + p256.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Verifies signature and claims. A token verified before is answered from memory only while it is
     * unexpired (to the second, like the first check) and the key that signed it is still trusted; the
     * cache holds only tokens that passed every check, keyed by their exact text.
     */
    @Override
    public AccessTokenClaims verify(String token) {
        Verified known = token == null ? null : verified.get(token);
        if (known != null) {
            if (!clock.instant().isAfter(known.claims().expiresAt()) && keys.trusts(known.kid())) {
                return known.claims();
            }
            verified.remove(token);
        }
        return decode(token);
    }

    private AccessTokenClaims decode(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            throw new InvalidAccessTokenException(e.getMessage());
        }
        AccessTokenClaims claims;
        try {
            claims = new AccessTokenClaims(
                    UUID.fromString(jwt.getId()),
                    UUID.fromString(jwt.getSubject()),
                    UUID.fromString(jwt.getClaimAsString(SESSION_CLAIM)),
                    Set.copyOf(jwt.getClaimAsStringList(ROLES_CLAIM)),
                    Set.copyOf(jwt.getClaimAsStringList(PERMISSIONS_CLAIM)),
                    version(jwt.getClaim(VERSION_CLAIM)),
                    jwt.getIssuedAt(),
                    jwt.getExpiresAt());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidAccessTokenException("malformed claims");
        }
        Object kid = jwt.getHeaders().get("kid");
        if (cacheCapacity > 0 && kid instanceof String keyId) {
            if (verified.size() >= cacheCapacity) {
                verified.clear();
            }
            verified.put(token, new Verified(claims, keyId));
        }
        return claims;
    }

    private static long version(Object claim) {
        if (claim instanceof Number number && number.longValue() >= 0 && number.doubleValue() == number.longValue()) {
            return number.longValue();
        }
        throw new IllegalArgumentException("ver must be a non-negative integer");
    }

    @Override
    public Map<String, Object> publicKeys() {
        return keys.publicJson();
    }
}

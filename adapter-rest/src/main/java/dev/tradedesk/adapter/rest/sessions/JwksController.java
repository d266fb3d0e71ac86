package dev.tradedesk.adapter.rest.sessions;

import dev.tradedesk.application.sessions.port.in.PublicKeysQuery;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two documents from which any JOSE library can verify TradeDesk's access tokens: the JWK Set,
 * and RFC 8414 authorization-server metadata pointing at it.
 */
@RestController
public final class JwksController {

    private static final String JWK_SET_JSON = "application/jwk-set+json";

    private final PublicKeysQuery keys;
    private final String issuer;

    /** @param issuer the public base URL, as in the tokens' {@code iss} */
    public JwksController(PublicKeysQuery keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** The JWK Set that verifies access tokens; cacheable for five minutes (a rotated-in key is published earlier). */
    @GetMapping(path = "/.well-known/jwks.json", produces = {JWK_SET_JSON, "application/json"})
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys());
    }

    /**
     * RFC 8414 metadata (the subset of API.md): {@code token_endpoint} is password sign-in,
     * {@code revocation_endpoint} is logout (Bearer); refresh is {@code /api/v1/auth/refresh}.
     */
    @GetMapping(path = "/.well-known/oauth-authorization-server", produces = "application/json")
    public ResponseEntity<Map<String, Object>> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("jwks_uri", issuer + "/.well-known/jwks.json");
        metadata.put("token_endpoint", issuer + "/api/v1/auth/login");
        metadata.put("revocation_endpoint", issuer + "/api/v1/auth/logout");
        metadata.put("id_token_signing_alg_values_supported", List.of("ES256"));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(metadata);
    }
}

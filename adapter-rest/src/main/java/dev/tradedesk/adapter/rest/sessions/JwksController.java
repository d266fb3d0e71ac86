package dev.tradedesk.adapter.rest.sessions;

import dev.tradedesk.application.sessions.port.in.PublicKeysQuery;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public final class JwksController {

    private static final String JWK_SET_JSON = "application/jwk-set+json";

    private final PublicKeysQuery keys;

    public JwksController(PublicKeysQuery keys) {
        this.keys = keys;
    }

    /** The JWK Set that verifies access tokens; cacheable for five minutes. */
    @GetMapping(path = "/.well-known/jwks.json", produces = {JWK_SET_JSON, "application/json"})
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys());
    }
}

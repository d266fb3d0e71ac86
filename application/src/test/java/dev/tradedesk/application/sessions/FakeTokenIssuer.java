package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out opaque tokens remembered in memory, for tests and examples: it checks expiry against the
 * clock but signs nothing.
 */
public final class FakeTokenIssuer implements TokenIssuer {

    private final Map<String, AccessTokenClaims> issued = new ConcurrentHashMap<>();
    private final Clock clock;

    public FakeTokenIssuer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String issue(AccessTokenClaims claims) {
        String token = "fake-token-" + claims.tokenId();
        issued.put(token, claims);
        return token;
    }

    @Override
    public AccessTokenClaims verify(String token) {
        AccessTokenClaims claims = issued.get(token);
        if (claims == null) {
            throw new InvalidAccessTokenException("unknown token");
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            throw new InvalidAccessTokenException("token expired");
        }
        return claims;
    }

    @Override
    public Map<String, Object> publicKeys() {
        return Map.of("keys", java.util.List.of());
    }
}

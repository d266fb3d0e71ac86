package dev.tradedesk.application.sessions.port.out;

import java.util.Map;

/** Signs and verifies access tokens, and publishes the public keys that verify them. */
public interface TokenIssuer {

    /** @return the compact, signed token */
    String issue(AccessTokenClaims claims);

    /**
     * Checks signature, algorithm, issuer, audience and lifetime.
     *
     * @throws InvalidAccessTokenException for any token that fails a check
     */
    AccessTokenClaims verify(String token);

    /** The JWK Set (RFC 7517) of the public keys, as a JSON object. */
    Map<String, Object> publicKeys();
}

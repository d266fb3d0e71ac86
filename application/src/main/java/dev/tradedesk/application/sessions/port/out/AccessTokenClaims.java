package dev.tradedesk.application.sessions.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an access token says, apart from the issuer and audience the token issuer adds and checks.
 *
 * @param tokenId      the {@code jti}
 * @param authzVersion the user's authorization version when the token was issued ({@code ver})
 */
public record AccessTokenClaims(UUID tokenId, UUID userId, UUID sessionId, Set<String> roles,
                                Set<String> permissions, long authzVersion, Instant issuedAt, Instant expiresAt) {

    public AccessTokenClaims {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

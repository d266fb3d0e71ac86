package dev.tradedesk.domain.sessions;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who an access token speaks for, as of now: the user, their roles, the permissions those grant, and
 * the authorization version the token is issued at.
 */
public record TokenSubject(UUID userId, Set<String> roles, Set<String> permissions, long authzVersion) {

    public TokenSubject {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }
}

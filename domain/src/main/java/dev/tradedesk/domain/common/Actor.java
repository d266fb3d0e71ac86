package dev.tradedesk.domain.common;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling a use case: what the application sees of an authenticated request (or of an
 * anonymous one), independent of how the caller authenticated.
 *
 * @param userId      the user, or {@code null} for an anonymous caller
 * @param sessionId   the session the access token belongs to, or {@code null}
 * @param roles       role names
 * @param permissions permission strings granted through those roles
 */
public record Actor(UUID userId, UUID sessionId, Set<String> roles, Set<String> permissions) {

    public static final String SUPERUSER_ROLE = dev.tradedesk.domain.roles.BuiltinRoles.SUPERUSER;

    public Actor {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
    }

    public static Actor anonymous(Set<String> anonymousPermissions) {
        return new Actor(null, null, Set.of(dev.tradedesk.domain.roles.BuiltinRoles.ANONYMOUS), anonymousPermissions);
    }

    public boolean isAnonymous() {
        return userId == null;
    }

    public boolean isSuperuser() {
        return roles.contains(SUPERUSER_ROLE);
    }

    /** A superuser is always allowed; everybody else needs the permission itself. */
    public boolean can(String permission) {
        return isSuperuser() || permissions.contains(permission);
    }
}

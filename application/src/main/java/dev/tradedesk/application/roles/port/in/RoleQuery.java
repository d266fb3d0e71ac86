package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.roles.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads of roles and of who holds them. */
public interface RoleQuery {

    /** Every role; needs {@code roles:read}. */
    List<Role> list(Actor actor);

    /** One role; needs {@code roles:read}; {@code not_found} for an unknown name. */
    Role get(Actor actor, String name);

    /**
     * The role names of a user: the caller's own, or anybody's with {@code roles:read}. Another
     * user's id without the permission is {@code not_found}, as if there were no such user.
     */
    Set<String> rolesOf(Actor actor, UUID userId);

    /** Whether the user has the permission (a superuser has every one); self or {@code roles:read}. */
    boolean userHas(Actor actor, UUID userId, String permission);

    /** Whether the caller has the permission, from what the caller carries alone (no lookup). */
    boolean callerHas(Actor actor, String permission);
}

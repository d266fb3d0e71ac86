package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Actor;
import java.util.UUID;

/**
 * Gives a user a role, or takes it away; needs {@code roles:assign}, and being a superuser for the
 * {@code superuser} role. Both are idempotent; a change stops the user's tokens on every node.
 */
public interface AssignRoleUseCase {

    void assign(Actor actor, UUID userId, String roleName);

    void revoke(Actor actor, UUID userId, String roleName);
}

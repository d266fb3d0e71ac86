package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Actor;

/** Deletes a custom role; needs {@code roles:write}; {@code role_builtin} for a built-in one. */
public interface DeleteRoleUseCase {

    void delete(Actor actor, String name);
}

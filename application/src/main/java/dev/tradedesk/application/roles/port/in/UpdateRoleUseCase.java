package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.roles.Role;

/**
 * Replaces a role's permissions (and description); needs {@code roles:write}. Built-in roles too.
 * Every holder's tokens stop working on every node; their next refresh carries the new permissions.
 */
public interface UpdateRoleUseCase {

    Role update(Actor actor, String name, UpdateRoleCommand command);
}

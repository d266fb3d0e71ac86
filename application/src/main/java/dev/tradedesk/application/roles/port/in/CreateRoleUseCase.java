package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.roles.Role;

/** Creates a custom role; needs {@code roles:write}; {@code role_exists} if the name is taken. */
public interface CreateRoleUseCase {

    Role create(Actor actor, CreateRoleCommand command);
}

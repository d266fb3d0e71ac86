package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.roles.Role;
import java.util.List;
import java.util.Set;

/** A new, custom role. */
public record CreateRoleCommand(String name, String description, Set<String> permissions) {

    public static CreateRoleCommand of(String name, String description, List<String> permissions) {
        var v = new Validator();
        String checkedName = v.check("name", name, Role::checkName);
        String checkedDescription = RoleFields.description(v, description);
        Set<String> checkedPermissions = RoleFields.permissions(v, permissions);
        v.throwIfInvalid();
        return new CreateRoleCommand(checkedName, checkedDescription, checkedPermissions);
    }
}

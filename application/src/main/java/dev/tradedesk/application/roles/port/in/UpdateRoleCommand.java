package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Validator;
import java.util.List;
import java.util.Set;

/** A role's new permissions and, unless {@code null} (kept as it is), its new description. */
public record UpdateRoleCommand(String description, Set<String> permissions) {

    public static UpdateRoleCommand of(String description, List<String> permissions) {
        var v = new Validator();
        String checkedDescription = RoleFields.description(v, description);
        Set<String> checkedPermissions = RoleFields.permissions(v, permissions);
        v.throwIfInvalid();
        return new UpdateRoleCommand(checkedDescription, checkedPermissions);
    }
}

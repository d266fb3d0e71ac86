package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.roles.Permission;
import dev.tradedesk.domain.roles.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the role commands. */
final class RoleFields {

    private RoleFields() {
    }

    static String description(Validator v, String description) {
        if (description != null && description.length() > Role.MAX_DESCRIPTION) {
            v.reject("description", "must be at most " + Role.MAX_DESCRIPTION + " characters");
            return null;
        }
        return description;
    }

    static Set<String> permissions(Validator v, List<String> permissions) {
        if (v.require("permissions", permissions) == null) {
            return null;
        }
        Set<String> checked = new LinkedHashSet<>();
        for (int i = 0; i < permissions.size(); i++) {
            Permission permission = v.check("permissions[" + i + "]", permissions.get(i), Permission::new);
            if (permission != null) {
                checked.add(permission.value());
            }
        }
        return checked;
    }
}

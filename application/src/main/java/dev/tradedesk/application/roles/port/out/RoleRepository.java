package dev.tradedesk.application.roles.port.out;

import java.util.Set;

/** Roles and the permissions they grant. */
public interface RoleRepository {

    /** The union of the permissions of the named roles; unknown names grant nothing. */
    Set<String> permissionsOf(Set<String> roleNames);
}

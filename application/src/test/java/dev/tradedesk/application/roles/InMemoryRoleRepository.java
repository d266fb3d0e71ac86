package dev.tradedesk.application.roles;

import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.roles.BuiltinRoles;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in roles, in memory. */
public final class InMemoryRoleRepository implements RoleRepository {

    private final Map<String, Set<String>> roles = new ConcurrentHashMap<>(BuiltinRoles.ROLES);

    @Override
    public Set<String> permissionsOf(Set<String> roleNames) {
        Set<String> permissions = new HashSet<>();
        roleNames.forEach(name -> permissions.addAll(roles.getOrDefault(name, Set.of())));
        return permissions;
    }
}

package dev.tradedesk.application.roles;

import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.roles.Role;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in roles, in memory, with users' role assignments and authorization versions. Users are
 * known through {@link #addUser(UUID)} (this store does not see the accounts'). Every method is
 * synchronized.
 */
public final class InMemoryRoleRepository implements RoleRepository {

    private final Map<String, Role> roles = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> userRoles = new ConcurrentHashMap<>();
    private final Map<UUID, Long> versions = new ConcurrentHashMap<>();

    public InMemoryRoleRepository() {
        BuiltinRoles.ROLES.forEach((name, permissions) -> roles.put(name, new Role(name, "", permissions, true)));
    }

    /** Makes a user known, holding no role, at authorization version 0. */
    public synchronized void addUser(UUID userId) {
        userRoles.putIfAbsent(userId, new HashSet<>());
        versions.putIfAbsent(userId, 0L);
    }

    public synchronized long versionOf(UUID userId) {
        return versions.getOrDefault(userId, 0L);
    }

    @Override
    public synchronized Set<String> permissionsOf(Set<String> roleNames) {
        Set<String> permissions = new HashSet<>();
        roleNames.forEach(name -> {
            Role role = roles.get(name);
            if (role != null) {
                permissions.addAll(role.permissions());
            }
        });
        return permissions;
    }

    @Override
    public synchronized List<Role> findAll() {
        return roles.values().stream().sorted(Comparator.comparing(Role::name)).toList();
    }

    @Override
    public synchronized Optional<Role> find(String name) {
        return Optional.ofNullable(roles.get(name));
    }

    @Override
    public synchronized boolean insert(Role role) {
        return roles.putIfAbsent(role.name(), role) == null;
    }

    @Override
    public synchronized boolean update(Role role) {
        Role current = roles.get(role.name());
        if (current == null) {
            return false;
        }
        roles.put(role.name(), new Role(role.name(), role.description(), role.permissions(), current.builtin()));
        return true;
    }

    @Override
    public synchronized boolean delete(String name) {
        if (roles.remove(name) == null) {
            return false;
        }
        userRoles.values().forEach(held -> held.remove(name));
        return true;
    }

    @Override
    public synchronized boolean userExists(UUID userId) {
        return userRoles.containsKey(userId);
    }

    @Override
    public synchronized Set<String> rolesOf(UUID userId) {
        return Set.copyOf(userRoles.getOrDefault(userId, Set.of()));
    }

    @Override
    public synchronized boolean assign(UUID userId, String roleName) {
        if (!roles.containsKey(roleName) || !userRoles.containsKey(userId)) {
            throw new IllegalArgumentException("unknown user or role");
        }
        return userRoles.get(userId).add(roleName);
    }

    @Override
    public synchronized boolean revoke(UUID userId, String roleName) {
        Set<String> held = userRoles.get(userId);
        return held != null && held.remove(roleName);
    }

    @Override
    public synchronized long raiseVersion(UUID userId) {
        return versions.merge(userId, 1L, Long::sum);
    }

    @Override
    public synchronized Map<UUID, Long> raiseVersionsOfHolders(String roleName) {
        Map<UUID, Long> raised = new LinkedHashMap<>();
        userRoles.forEach((userId, held) -> {
            if (held.contains(roleName)) {
                raised.put(userId, raiseVersion(userId));
            }
        });
        return raised;
    }
}

package dev.tradedesk.application.roles.port.out;

import dev.tradedesk.domain.roles.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Roles, the permissions they grant, and who holds them. It also raises users' authorization versions
 * ({@code users.authz_version}), which void tokens issued before a change of what they may do. Writes
 * expect a surrounding transaction.
 */
public interface RoleRepository {

    /** The union of the permissions of the named roles; unknown names grant nothing. */
    Set<String> permissionsOf(Set<String> roleNames);

    /** Every role, by name. */
    List<Role> findAll();

    Optional<Role> find(String name);

    /** Stores a new role; {@code false} (and nothing changed) when one of that name exists. */
    boolean insert(Role role);

    /** Replaces the description and the permissions of an existing role; {@code false} if there is none. */
    boolean update(Role role);

    /** Deletes a role and every assignment of it; {@code false} if there was none. */
    boolean delete(String name);

    boolean userExists(UUID userId);

    /** The names of the roles the user holds (empty for an unknown user). */
    Set<String> rolesOf(UUID userId);

    /** Gives the user the role; {@code false} if the user held it already. */
    boolean assign(UUID userId, String roleName);

    /** Takes the role from the user; {@code false} if the user did not hold it. */
    boolean revoke(UUID userId, String roleName);

    /** Raises the user's authorization version by one and returns the new version. */
    long raiseVersion(UUID userId);

    /** Raises the version of every holder of the role; returns each holder's new version. */
    Map<UUID, Long> raiseVersionsOfHolders(String roleName);
}

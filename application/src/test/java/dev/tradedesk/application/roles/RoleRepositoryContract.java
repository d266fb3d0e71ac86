package dev.tradedesk.application.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.roles.Role;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RoleRepository} must do; each implementation's test extends this. */
public abstract class RoleRepositoryContract {

    protected abstract RoleRepository repository();

    /** A new user holding no role, at authorization version 0. */
    protected abstract UUID newUser();

    /** Runs writes as the application does: in one transaction. */
    protected abstract void inTransaction(Runnable work);

    private static String uniqueName() {
        return "role-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void has_every_builtin_role_with_its_permissions() {
        BuiltinRoles.ROLES.forEach((role, permissions) ->
                assertThat(repository().permissionsOf(Set.of(role))).as(role).isEqualTo(permissions));
        BuiltinRoles.ROLES.keySet().forEach(role ->
                assertThat(repository().find(role)).as(role).hasValueSatisfying(r -> assertThat(r.builtin()).isTrue()));
        assertThat(repository().findAll()).extracting(Role::name).containsAll(BuiltinRoles.ROLES.keySet());
    }

    @Test
    void unions_the_permissions_of_several_roles_and_ignores_unknown_ones() {
        assertThat(repository().permissionsOf(Set.of("user", "no-such-role")))
                .isEqualTo(BuiltinRoles.ROLES.get("user"));
        assertThat(repository().permissionsOf(Set.of())).isEmpty();
    }

    @Test
    void inserts_updates_and_deletes_custom_roles() {
        String name = uniqueName();
        Role role = new Role(name, "Desk traders", Set.of("orders:place", "desk:watch"), false);

        inTransaction(() -> assertThat(repository().insert(role)).isTrue());
        inTransaction(() -> assertThat(repository().insert(new Role(name, "again", Set.of(), false))).isFalse());
        assertThat(repository().find(name)).contains(role);
        assertThat(repository().permissionsOf(Set.of(name))).containsExactlyInAnyOrder("orders:place", "desk:watch");

        Role changed = new Role(name, "Changed", Set.of("market:read"), false);
        inTransaction(() -> assertThat(repository().update(changed)).isTrue());
        assertThat(repository().find(name)).contains(changed);
        inTransaction(() -> assertThat(repository().update(new Role(uniqueName(), "", Set.of(), false))).isFalse());

        inTransaction(() -> assertThat(repository().delete(name)).isTrue());
        inTransaction(() -> assertThat(repository().delete(name)).isFalse());
        assertThat(repository().find(name)).isEmpty();
        assertThat(repository().permissionsOf(Set.of(name))).isEmpty();
    }

    @Test
    void assigns_and_revokes_roles_idempotently() {
        UUID user = newUser();
        assertThat(repository().userExists(user)).isTrue();
        assertThat(repository().userExists(UUID.randomUUID())).isFalse();

        inTransaction(() -> assertThat(repository().assign(user, "admin")).isTrue());
        inTransaction(() -> assertThat(repository().assign(user, "admin")).isFalse());
        assertThat(repository().rolesOf(user)).containsExactly("admin");

        inTransaction(() -> assertThat(repository().revoke(user, "admin")).isTrue());
        inTransaction(() -> assertThat(repository().revoke(user, "admin")).isFalse());
        assertThat(repository().rolesOf(user)).isEmpty();
        assertThat(repository().rolesOf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void raises_the_version_of_one_user_or_of_every_holder_of_a_role() {
        String name = uniqueName();
        UUID holder = newUser();
        UUID other = newUser();
        inTransaction(() -> {
            repository().insert(new Role(name, "", Set.of("desk:watch"), false));
            repository().assign(holder, name);
        });

        inTransaction(() -> assertThat(repository().raiseVersion(other)).isEqualTo(1));
        inTransaction(() -> assertThat(repository().raiseVersion(other)).isEqualTo(2));
        inTransaction(() -> assertThat(repository().raiseVersionsOfHolders(name)).isEqualTo(Map.of(holder, 1L)));
        inTransaction(() -> assertThat(repository().raiseVersionsOfHolders(uniqueName())).isEmpty());
    }

    @Test
    void deleting_a_role_takes_it_from_its_holders() {
        String name = uniqueName();
        UUID holder = newUser();
        inTransaction(() -> {
            repository().insert(new Role(name, "", Set.of("desk:watch"), false));
            repository().assign(holder, name);
            repository().assign(holder, "user");
            repository().delete(name);
        });
        assertThat(repository().rolesOf(holder)).containsExactly("user");
    }
}

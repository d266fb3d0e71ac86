package dev.tradedesk.application.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.roles.BuiltinRoles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link RoleRepository} must do; each implementation's test extends this. */
public abstract class RoleRepositoryContract {

    protected abstract RoleRepository repository();

    @Test
    void has_every_builtin_role_with_its_permissions() {
        BuiltinRoles.ROLES.forEach((role, permissions) ->
                assertThat(repository().permissionsOf(Set.of(role))).as(role).isEqualTo(permissions));
    }

    @Test
    void unions_the_permissions_of_several_roles_and_ignores_unknown_ones() {
        assertThat(repository().permissionsOf(Set.of("user", "anonymous", "no-such-role")))
                .isEqualTo(BuiltinRoles.ROLES.get("user"));
        assertThat(repository().permissionsOf(Set.of())).isEmpty();
    }
}

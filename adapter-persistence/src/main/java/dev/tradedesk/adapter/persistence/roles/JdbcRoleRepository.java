package dev.tradedesk.adapter.persistence.roles;

import dev.tradedesk.application.roles.port.out.RoleRepository;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Roles in {@code roles}, their permissions in {@code role_permissions}. */
public final class JdbcRoleRepository implements RoleRepository {

    private final JdbcClient jdbc;

    public JdbcRoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> permissionsOf(Set<String> roleNames) {
        if (roleNames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct permission from role_permissions where role_name in (:roles)")
                .param("roles", roleNames)
                .query(String.class)
                .list());
    }
}

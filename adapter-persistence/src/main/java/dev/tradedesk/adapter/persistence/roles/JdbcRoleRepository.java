package dev.tradedesk.adapter.persistence.roles;

import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.roles.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Roles in {@code roles}, their permissions in {@code role_permissions}, who holds them in
 * {@code user_roles}; authorization versions in {@code users.authz_version}. Writes expect a
 * surrounding transaction.
 */
public final class JdbcRoleRepository implements RoleRepository {

    private static final String ROLE_COLUMNS = """
            r.name, r.description, r.builtin,
                   coalesce(array(select rp.permission from role_permissions rp where rp.role_name = r.name), '{}')
                       as permissions
            """;

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

    @Override
    public List<Role> findAll() {
        return jdbc.sql("select " + ROLE_COLUMNS + " from roles r order by r.name")
                .query((rs, row) -> role(rs))
                .list();
    }

    @Override
    public Optional<Role> find(String name) {
        return jdbc.sql("select " + ROLE_COLUMNS + " from roles r where r.name = :name")
                .param("name", name)
                .query((rs, row) -> role(rs))
                .optional();
    }

    @Override
    public boolean insert(Role role) {
        int inserted = jdbc.sql("""
                insert into roles (name, description, builtin) values (:name, :description, :builtin)
                on conflict (name) do nothing
                """)
                .param("name", role.name())
                .param("description", role.description())
                .param("builtin", role.builtin())
                .update();
        if (inserted == 0) {
            return false;
        }
        insertPermissions(role);
        return true;
    }

    @Override
    public boolean update(Role role) {
        int updated = jdbc.sql("update roles set description = :description where name = :name")
                .param("name", role.name())
                .param("description", role.description())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from role_permissions where role_name = :name").param("name", role.name()).update();
        insertPermissions(role);
        return true;
    }

    @Override
    public boolean delete(String name) {
        return jdbc.sql("delete from roles where name = :name").param("name", name).update() > 0;
    }

    @Override
    public boolean userExists(UUID userId) {
        return jdbc.sql("select exists (select 1 from users where id = :id)")
                .param("id", userId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Set<String> rolesOf(UUID userId) {
        return new HashSet<>(jdbc.sql("select role_name from user_roles where user_id = :id")
                .param("id", userId)
                .query(String.class)
                .list());
    }

    @Override
    public boolean assign(UUID userId, String roleName) {
        return jdbc.sql("""
                insert into user_roles (user_id, role_name, granted_at) values (:userId, :role, now())
                on conflict (user_id, role_name) do nothing
                """)
                .param("userId", userId)
                .param("role", roleName)
                .update() > 0;
    }

    @Override
    public boolean revoke(UUID userId, String roleName) {
        return jdbc.sql("delete from user_roles where user_id = :userId and role_name = :role")
                .param("userId", userId)
                .param("role", roleName)
                .update() > 0;
    }

    @Override
    public long raiseVersion(UUID userId) {
        return jdbc.sql("update users set authz_version = authz_version + 1 where id = :id returning authz_version")
                .param("id", userId)
                .query(Long.class)
                .single();
    }

    @Override
    public Map<UUID, Long> raiseVersionsOfHolders(String roleName) {
        Map<UUID, Long> raised = new LinkedHashMap<>();
        jdbc.sql("""
                update users set authz_version = authz_version + 1
                where id in (select user_id from user_roles where role_name = :role)
                returning id, authz_version
                """)
                .param("role", roleName)
                .query(rs -> {
                    raised.put(rs.getObject("id", UUID.class), rs.getLong("authz_version"));
                });
        return raised;
    }

    private void insertPermissions(Role role) {
        for (String permission : role.permissions()) {
            jdbc.sql("insert into role_permissions (role_name, permission) values (:name, :permission)")
                    .param("name", role.name())
                    .param("permission", permission)
                    .update();
        }
    }

    private static Role role(ResultSet rs) throws SQLException {
        Array array = rs.getArray("permissions");
        Set<String> permissions = new HashSet<>(Arrays.asList((String[]) array.getArray()));
        return new Role(rs.getString("name"), rs.getString("description"), permissions, rs.getBoolean("builtin"));
    }
}

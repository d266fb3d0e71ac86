package dev.tradedesk.adapter.persistence.roles;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.application.roles.RoleRepositoryContract;
import dev.tradedesk.application.roles.port.out.RoleRepository;

/** Also holds the migration's seed rows to {@code BuiltinRoles}. */
class JdbcRoleRepositoryTest extends RoleRepositoryContract {

    private final JdbcRoleRepository repository = new JdbcRoleRepository(PostgresFixture.get().jdbc());

    @Override
    protected RoleRepository repository() {
        return repository;
    }
}

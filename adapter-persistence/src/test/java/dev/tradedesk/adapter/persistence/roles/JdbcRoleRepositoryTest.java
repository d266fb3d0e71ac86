package dev.tradedesk.adapter.persistence.roles;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.application.roles.RoleRepositoryContract;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import java.util.UUID;

/** Also holds the migration's seed rows to {@code BuiltinRoles}. */
class JdbcRoleRepositoryTest extends RoleRepositoryContract {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcRoleRepository repository = new JdbcRoleRepository(db.jdbc());

    @Override
    protected RoleRepository repository() {
        return repository;
    }

    @Override
    protected UUID newUser() {
        UUID id = UUID.randomUUID();
        db.jdbc().sql("insert into users (id, email, created_at, updated_at) values (:id, :email, now(), now())")
                .param("id", id)
                .param("email", "role-holder-" + id + "@example.com")
                .update();
        return id;
    }

    @Override
    protected void inTransaction(Runnable work) {
        db.tx().inTransaction(work);
    }
}

package dev.tradedesk.application.roles;

import dev.tradedesk.application.roles.port.out.RoleRepository;
import java.util.UUID;

class InMemoryRoleRepositoryTest extends RoleRepositoryContract {

    private final InMemoryRoleRepository repository = new InMemoryRoleRepository();

    @Override
    protected RoleRepository repository() {
        return repository;
    }

    @Override
    protected UUID newUser() {
        UUID id = UUID.randomUUID();
        repository.addUser(id);
        return id;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}

package dev.tradedesk.application.roles;

import dev.tradedesk.application.roles.port.out.RoleRepository;

class InMemoryRoleRepositoryTest extends RoleRepositoryContract {

    private final InMemoryRoleRepository repository = new InMemoryRoleRepository();

    @Override
    protected RoleRepository repository() {
        return repository;
    }
}

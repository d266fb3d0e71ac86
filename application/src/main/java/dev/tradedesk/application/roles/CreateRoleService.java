package dev.tradedesk.application.roles;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.in.CreateRoleCommand;
import dev.tradedesk.application.roles.port.in.CreateRoleUseCase;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.roles.Role;
import dev.tradedesk.domain.roles.RoleExistsException;

public final class CreateRoleService implements CreateRoleUseCase {

    static final String WRITE = "roles:write";

    private final RoleRepository roles;
    private final TransactionRunner tx;

    public CreateRoleService(RoleRepository roles, TransactionRunner tx) {
        this.roles = roles;
        this.tx = tx;
    }

    @Override
    public Role create(Actor actor, CreateRoleCommand command) {
        RoleQueryService.require(actor, WRITE);
        Role role = new Role(command.name(), command.description(), command.permissions(), false);
        if (!tx.inTransaction(() -> roles.insert(role))) {
            throw new RoleExistsException(role.name());
        }
        return role;
    }
}

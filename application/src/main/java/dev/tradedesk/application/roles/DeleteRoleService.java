package dev.tradedesk.application.roles;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.in.DeleteRoleUseCase;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.roles.BuiltinRoleException;
import dev.tradedesk.domain.roles.Role;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.List;

/** Deletes a custom role; its holders lose it, and their older tokens are voided (one revocation each). */
public final class DeleteRoleService implements DeleteRoleUseCase {

    private final RoleRepository roles;
    private final SessionRevoker revoker;
    private final TransactionRunner tx;

    public DeleteRoleService(RoleRepository roles, SessionRevoker revoker, TransactionRunner tx) {
        this.roles = roles;
        this.revoker = revoker;
        this.tx = tx;
    }

    @Override
    public void delete(Actor actor, String name) {
        RoleQueryService.require(actor, CreateRoleService.WRITE);
        List<Revocation> revocations = tx.inTransaction(() -> {
            Role role = RoleQueryService.findRole(roles, name);
            if (role.builtin()) {
                throw new BuiltinRoleException(name);
            }
            List<Revocation> voided = UpdateRoleService.voidHoldersTokens(roles, revoker, name);
            roles.delete(name);
            return voided;
        });
        revoker.announce(revocations);
    }
}

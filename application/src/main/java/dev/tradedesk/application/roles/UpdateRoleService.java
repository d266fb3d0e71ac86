package dev.tradedesk.application.roles;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.in.UpdateRoleCommand;
import dev.tradedesk.application.roles.port.in.UpdateRoleUseCase;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.roles.Role;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a role's permissions. Every holder's authorization version goes up in the same transaction
 * and their older tokens are voided: one revocation per holder, announced after the commit.
 */
public final class UpdateRoleService implements UpdateRoleUseCase {

    private final RoleRepository roles;
    private final SessionRevoker revoker;
    private final TransactionRunner tx;

    public UpdateRoleService(RoleRepository roles, SessionRevoker revoker, TransactionRunner tx) {
        this.roles = roles;
        this.revoker = revoker;
        this.tx = tx;
    }

    @Override
    public Role update(Actor actor, String name, UpdateRoleCommand command) {
        RoleQueryService.require(actor, CreateRoleService.WRITE);
        record Outcome(Role role, List<Revocation> revocations) {
        }
        Outcome outcome = tx.inTransaction(() -> {
            Role current = RoleQueryService.findRole(roles, name);
            Role updated = current.withDescriptionAndPermissions(
                    command.description() == null ? current.description() : command.description(),
                    command.permissions());
            if (!roles.update(updated)) {
                throw new NotFoundException("Role");
            }
            return new Outcome(updated, voidHoldersTokens(roles, revoker, name));
        });
        revoker.announce(outcome.revocations());
        return outcome.role();
    }

    static List<Revocation> voidHoldersTokens(RoleRepository roles, SessionRevoker revoker, String roleName) {
        List<Revocation> revocations = new ArrayList<>();
        roles.raiseVersionsOfHolders(roleName)
                .forEach((userId, version) -> revocations.addAll(revoker.voidTokensBelow(userId, version)));
        return revocations;
    }
}

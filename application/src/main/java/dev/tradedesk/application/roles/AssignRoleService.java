package dev.tradedesk.application.roles;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.in.AssignRoleUseCase;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.List;
import java.util.UUID;

/**
 * Gives and takes roles. A change raises the user's authorization version in the same transaction and
 * voids their older tokens on every node; repeating it changes nothing and voids nothing.
 */
public final class AssignRoleService implements AssignRoleUseCase {

    static final String ASSIGN = "roles:assign";

    private final RoleRepository roles;
    private final SessionRevoker revoker;
    private final TransactionRunner tx;

    public AssignRoleService(RoleRepository roles, SessionRevoker revoker, TransactionRunner tx) {
        this.roles = roles;
        this.revoker = revoker;
        this.tx = tx;
    }

    @Override
    public void assign(Actor actor, UUID userId, String roleName) {
        change(actor, userId, roleName, true);
    }

    @Override
    public void revoke(Actor actor, UUID userId, String roleName) {
        change(actor, userId, roleName, false);
    }

    private void change(Actor actor, UUID userId, String roleName, boolean give) {
        RoleQueryService.require(actor, ASSIGN);
        if (BuiltinRoles.SUPERUSER.equals(roleName) && !actor.isSuperuser()) {
            throw new ForbiddenException(BuiltinRoles.SUPERUSER);
        }
        List<Revocation> revocations = tx.inTransaction(() -> {
            RoleQueryService.findRole(roles, roleName);
            if (!roles.userExists(userId)) {
                throw new NotFoundException("User");
            }
            boolean changed = give ? roles.assign(userId, roleName) : roles.revoke(userId, roleName);
            if (!changed) {
                return List.<Revocation>of();
            }
            return revoker.voidTokensBelow(userId, roles.raiseVersion(userId));
        });
        revoker.announce(revocations);
    }
}

package dev.tradedesk.application.roles;

import dev.tradedesk.application.roles.port.in.RoleQuery;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.roles.Permission;
import dev.tradedesk.domain.roles.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public final class RoleQueryService implements RoleQuery {

    static final String READ = "roles:read";

    private final RoleRepository roles;

    public RoleQueryService(RoleRepository roles) {
        this.roles = roles;
    }

    @Override
    public List<Role> list(Actor actor) {
        require(actor, READ);
        return roles.findAll();
    }

    @Override
    public Role get(Actor actor, String name) {
        require(actor, READ);
        return findRole(roles, name);
    }

    @Override
    public Set<String> rolesOf(Actor actor, UUID userId) {
        checkSelfOrReader(actor, userId);
        if (!roles.userExists(userId)) {
            throw new NotFoundException("User");
        }
        return roles.rolesOf(userId);
    }

    @Override
    public boolean userHas(Actor actor, UUID userId, String permission) {
        String checked = new Permission(permission).value();
        checkSelfOrReader(actor, userId);
        if (!roles.userExists(userId)) {
            throw new NotFoundException("User");
        }
        Set<String> held = roles.rolesOf(userId);
        return held.contains(BuiltinRoles.SUPERUSER) || roles.permissionsOf(held).contains(checked);
    }

    @Override
    public boolean callerHas(Actor actor, String permission) {
        return actor.can(new Permission(permission).value());
    }

    /**
     * Self, or {@code roles:read}. Another user's id without it is "not found", so that ids cannot be
     * probed; a caller without a token is asked to sign in instead.
     */
    private static void checkSelfOrReader(Actor actor, UUID userId) {
        if (actor.can(READ) || userId.equals(actor.userId())) {
            return;
        }
        if (actor.isAnonymous()) {
            throw new ForbiddenException(READ);
        }
        throw new NotFoundException("User");
    }

    static void require(Actor actor, String permission) {
        if (!actor.can(permission)) {
            throw new ForbiddenException(permission);
        }
    }

    static Role findRole(RoleRepository roles, String name) {
        if (!Role.isValidName(name)) {
            throw new NotFoundException("Role");
        }
        return roles.find(name).orElseThrow(() -> new NotFoundException("Role"));
    }
}

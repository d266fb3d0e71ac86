package dev.tradedesk.application.accounts;

import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import java.util.UUID;

/**
 * Who may act on a user: the user themself, or a holder of the permission. A signed-in caller who may
 * not even read other users is told such a user does not exist (404), so ids reveal nothing; one who
 * may read but not act gets 403; a caller without a token is refused (401: signing in might help).
 */
final class UserAccess {

    static final String READ = "users:read";
    static final String WRITE = "users:write";
    static final String DELETE = "users:delete";

    private UserAccess() {
    }

    static void require(Actor actor, UUID userId, String permission) {
        if (userId.equals(actor.userId()) || actor.can(permission)) {
            return;
        }
        if (actor.isAnonymous()) {
            throw new ForbiddenException(permission);
        }
        if (!actor.can(READ)) {
            throw new NotFoundException("User");
        }
        throw new ForbiddenException(permission);
    }
}

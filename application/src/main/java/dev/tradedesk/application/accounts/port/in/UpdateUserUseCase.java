package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.common.Actor;
import java.util.UUID;

/** PATCH /users/{id}: self, or {@code users:write}. */
public interface UpdateUserUseCase {

    /**
     * @throws dev.tradedesk.domain.common.NotFoundException for a user the caller may not see
     * @throws dev.tradedesk.domain.common.ForbiddenException for one it may see but not change
     * @throws dev.tradedesk.domain.accounts.EmailTakenException when another account has the email
     */
    UserProfile update(Actor actor, UUID userId, UpdateUserCommand command);
}

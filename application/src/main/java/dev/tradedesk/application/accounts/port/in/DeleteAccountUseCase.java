package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.common.Actor;

/** Deletes the caller's account and everything that belongs to it; its tokens stop working everywhere. */
public interface DeleteAccountUseCase {

    void delete(Actor actor);

    /** DELETE /users/{id}: self, or {@code users:delete}; others' ids are 404 for a caller who cannot read users. */
    void delete(Actor actor, java.util.UUID userId);
}

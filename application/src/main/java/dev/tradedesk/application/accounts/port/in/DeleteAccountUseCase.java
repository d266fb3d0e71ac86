package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.common.Actor;

/** Deletes the caller's account and everything that belongs to it; its tokens stop working everywhere. */
public interface DeleteAccountUseCase {

    void delete(Actor actor);
}

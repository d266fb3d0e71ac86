package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.common.Actor;

/** Reads of accounts. */
public interface AccountQuery {

    /** The calling user's own profile. */
    UserProfile me(Actor actor);
}

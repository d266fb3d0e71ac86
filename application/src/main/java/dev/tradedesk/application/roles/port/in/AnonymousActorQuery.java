package dev.tradedesk.application.roles.port.in;

import dev.tradedesk.domain.common.Actor;

/** The actor of a request without a token: the permissions of the {@code anonymous} role. */
public interface AnonymousActorQuery {

    /** At most about a second old. */
    Actor anonymous();
}

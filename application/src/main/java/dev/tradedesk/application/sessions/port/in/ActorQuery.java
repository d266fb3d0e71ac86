package dev.tradedesk.application.sessions.port.in;

import dev.tradedesk.domain.common.Actor;

/** Turns a bearer access token into the {@link Actor} it speaks for. */
public interface ActorQuery {

    /** @throws dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException when the token is not valid now */
    Actor authenticate(String accessToken);
}

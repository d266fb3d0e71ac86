package dev.tradedesk.application.sessions.port.out;

import dev.tradedesk.domain.common.DomainException;

/** A bearer token that is malformed, forged, expired, revoked or meant for someone else. */
public class InvalidAccessTokenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidAccessTokenException(String reason) {
        super("invalid_token", reason);
    }
}

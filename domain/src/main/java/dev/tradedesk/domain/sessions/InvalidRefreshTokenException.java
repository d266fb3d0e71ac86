package dev.tradedesk.domain.sessions;

import dev.tradedesk.domain.common.DomainException;

/** Unknown, expired or revoked refresh token, or one reused after rotation (which revoked its session). */
public class InvalidRefreshTokenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidRefreshTokenException() {
        super("invalid_refresh_token", "The refresh token is invalid, expired or revoked.");
    }
}

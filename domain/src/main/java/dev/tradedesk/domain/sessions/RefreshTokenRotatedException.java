package dev.tradedesk.domain.sessions;

import dev.tradedesk.domain.common.DomainException;

/**
 * The refresh token was rotated moments ago, most likely by a concurrent retry of the same client:
 * not treated as reuse, the session stays; the client should use the tokens of the winning request.
 */
public class RefreshTokenRotatedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RefreshTokenRotatedException() {
        super("refresh_token_rotated", "The refresh token has just been rotated by another request.");
    }
}

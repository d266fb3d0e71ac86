package dev.tradedesk.application.sessions.port.in;

/** Trades a refresh token for new tokens of the same session, rotating the refresh token. */
public interface RefreshSessionUseCase {

    /**
     * @throws dev.tradedesk.domain.sessions.InvalidRefreshTokenException for an unknown, expired, revoked or
     *         reused token (reuse revokes the whole session)
     * @throws dev.tradedesk.domain.sessions.RefreshTokenRotatedException when the token was rotated within the
     *         grace period (a concurrent retry); nothing is revoked
     */
    IssuedTokens refresh(String refreshToken);
}

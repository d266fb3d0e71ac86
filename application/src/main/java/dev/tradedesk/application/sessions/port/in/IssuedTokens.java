package dev.tradedesk.application.sessions.port.in;

import java.util.Objects;
import java.util.UUID;

/**
 * The tokens of a new or refreshed session.
 *
 * @param expiresIn        access-token lifetime in seconds
 * @param refreshExpiresIn seconds until the session ends
 */
public record IssuedTokens(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn,
                           UUID sessionId) {

    public static final String TOKEN_TYPE = "Bearer";

    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(sessionId, "sessionId");
    }

    @Override
    public String toString() {
        return "IssuedTokens[sessionId=" + sessionId + "]";
    }
}

package dev.tradedesk.adapter.rest.sessions;

import java.util.UUID;

/** The token response of API.md ("Tokens"). */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                            long refreshExpiresIn, UUID sessionId) {
}

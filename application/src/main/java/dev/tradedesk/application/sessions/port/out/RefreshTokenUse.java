package dev.tradedesk.application.sessions.port.out;

import java.util.Objects;

/**
 * What presenting a refresh token found: the token as it was stored before this use, and whether this
 * use replaced it (it was the current token of an active session, and no concurrent use came first).
 */
public record RefreshTokenUse(RefreshTokenRecord found, boolean rotated) {

    public RefreshTokenUse {
        Objects.requireNonNull(found, "found");
    }
}

package dev.tradedesk.application.sessions.port.in;

import dev.tradedesk.domain.common.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * What a verified access token grants, kept by a long-lived connection (the live ticker) that must
 * notice when the token expires or is revoked without verifying it again.
 *
 * @param actor        whom the token speaks for
 * @param authzVersion the user's authorization version the token was issued at ({@code ver})
 * @param expiresAt    when the token expires ({@code exp})
 */
public record AccessGrant(Actor actor, long authzVersion, Instant expiresAt) {

    public AccessGrant {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

package dev.tradedesk.application.sessions.port.in;

/**
 * Access tokens for connections that outlive a request: verify once, then re-check cheaply.
 */
public interface AccessGrantQuery {

    /**
     * Verifies the token as {@link ActorQuery#authenticate} does, and says until when it is valid.
     *
     * @throws dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException when the token is not valid now
     */
    AccessGrant grant(String accessToken);

    /**
     * Whether a grant still holds now: not expired, and neither its session nor its authorization
     * version revoked since. In memory, no signature check and no I/O: cheap enough to ask every second
     * for every open connection.
     */
    boolean holds(AccessGrant grant);
}

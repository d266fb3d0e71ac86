package dev.tradedesk.adapter.rest.security;

import dev.tradedesk.application.sessions.port.in.ActorQuery;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Authenticates a bearer token through the application's {@link ActorQuery}. */
public final class ActorAuthenticationProvider implements AuthenticationProvider {

    private final ActorQuery actors;

    public ActorAuthenticationProvider(ActorQuery actors) {
        this.actors = actors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        try {
            return new ActorAuthentication(actors.authenticate(token));
        } catch (InvalidAccessTokenException e) {
            throw new InvalidBearerTokenException("The access token is invalid, expired or revoked.");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

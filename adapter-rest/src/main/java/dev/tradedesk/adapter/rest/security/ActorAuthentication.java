package dev.tradedesk.adapter.rest.security;

import dev.tradedesk.domain.common.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated request: the {@link Actor} its access token speaks for. */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Actor actor;

    public ActorAuthentication(Actor actor) {
        super(actor.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return String.valueOf(actor.userId());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActorAuthentication other && actor.equals(other.actor);
    }

    @Override
    public int hashCode() {
        return actor.hashCode();
    }
}

package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.in.ActorQuery;
import dev.tradedesk.application.sessions.port.in.PublicKeysQuery;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import dev.tradedesk.domain.common.Actor;
import java.util.Map;

/** Reads about sessions that are answered from the token and the signing keys alone. */
public final class SessionQueryService implements ActorQuery, PublicKeysQuery {

    private final TokenIssuer tokenIssuer;

    public SessionQueryService(TokenIssuer tokenIssuer) {
        this.tokenIssuer = tokenIssuer;
    }

    @Override
    public Actor authenticate(String accessToken) {
        AccessTokenClaims claims = tokenIssuer.verify(accessToken);
        return new Actor(claims.userId(), claims.sessionId(), claims.roles(), claims.permissions());
    }

    @Override
    public Map<String, Object> publicKeys() {
        return tokenIssuer.publicKeys();
    }
}

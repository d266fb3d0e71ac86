package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.in.AccessGrant;
import dev.tradedesk.application.sessions.port.in.AccessGrantQuery;
import dev.tradedesk.application.sessions.port.in.ActorQuery;
import dev.tradedesk.application.sessions.port.in.PublicKeysQuery;
import dev.tradedesk.application.sessions.port.in.SessionQuery;
import dev.tradedesk.application.sessions.port.in.SessionView;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import dev.tradedesk.domain.common.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Reads about sessions. {@link #authenticate} is on every request's path: it verifies the token's
 * signature and claims, then asks this node's in-memory {@link RevocationView}; no database or Redis.
 */
public final class SessionQueryService implements ActorQuery, AccessGrantQuery, PublicKeysQuery, SessionQuery {

    private final TokenIssuer tokenIssuer;
    private final RevocationView revocations;
    private final SessionRepository sessions;
    private final Clock clock;

    public SessionQueryService(TokenIssuer tokenIssuer, RevocationView revocations, SessionRepository sessions,
                               Clock clock) {
        this.tokenIssuer = tokenIssuer;
        this.revocations = revocations;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Actor authenticate(String accessToken) {
        return grant(accessToken).actor();
    }

    @Override
    public AccessGrant grant(String accessToken) {
        AccessTokenClaims claims = tokenIssuer.verify(accessToken);
        if (revocations.revokes(claims)) {
            throw new InvalidAccessTokenException("the token's session or grants were revoked");
        }
        return new AccessGrant(new Actor(claims.userId(), claims.sessionId(), claims.roles(), claims.permissions()),
                claims.authzVersion(), claims.expiresAt());
    }

    @Override
    public boolean holds(AccessGrant grant) {
        return clock.instant().isBefore(grant.expiresAt())
                && !revocations.revokes(grant.actor().userId(), grant.actor().sessionId(), grant.authzVersion());
    }

    @Override
    public Map<String, Object> publicKeys() {
        return tokenIssuer.publicKeys();
    }

    @Override
    public List<SessionView> sessionsOf(Actor actor) {
        return sessions.activeOf(actor.userId(), clock.instant()).stream()
                .map(s -> new SessionView(s.id(), s.createdAt(), s.lastUsedAt(), s.client().ip(),
                        s.client().userAgent(), s.id().equals(actor.sessionId())))
                .toList();
    }
}

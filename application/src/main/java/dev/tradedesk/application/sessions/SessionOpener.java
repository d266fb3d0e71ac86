package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.Session;
import dev.tradedesk.domain.sessions.TokenSubject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Opens sessions for the sign-in use cases and issues their tokens:
 * <pre>{@code
 * NewSession opened = opener.prepare(userId, client);                                  // no I/O
 * tx.inTransaction(() -> sessions.insert(opened.session(), opened.refreshToken().hash()));
 * IssuedTokens tokens = opener.tokensFor(subject, opened);                             // signs, after commit
 * }</pre>
 */
public final class SessionOpener {

    private final TokenIssuer tokenIssuer;
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionOpener(TokenIssuer tokenIssuer, SessionPolicy policy, Clock clock) {
        this.tokenIssuer = tokenIssuer;
        this.policy = policy;
        this.clock = clock;
    }

    public NewSession prepare(UUID userId, ClientInfo client) {
        RefreshToken refreshToken = RefreshToken.generate();
        Session session = Session.open(Ids.newId(clock), userId, clock.instant(), policy.sessionLifetime(), client);
        return new NewSession(session, refreshToken);
    }

    public IssuedTokens tokensFor(TokenSubject subject, NewSession opened) {
        return tokensFor(subject, opened.session(), opened.refreshToken());
    }

    /** Tokens for an existing session with a new refresh token (after a rotation). */
    public IssuedTokens tokensFor(TokenSubject subject, Session session, RefreshToken refreshToken) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(policy.accessTokenLifetime());
        if (expiresAt.isAfter(session.expiresAt())) {
            expiresAt = session.expiresAt();
        }
        String accessToken = tokenIssuer.issue(new AccessTokenClaims(UUID.randomUUID(), subject.userId(),
                session.id(), subject.roles(), subject.permissions(), subject.authzVersion(), now, expiresAt));
        return new IssuedTokens(accessToken, secondsRoundedUp(Duration.between(now, expiresAt)),
                refreshToken.value(), secondsRoundedUp(Duration.between(now, session.expiresAt())), session.id());
    }

    /** Whole seconds left, so that a token issued a few milliseconds ago still says its full lifetime. */
    private static long secondsRoundedUp(Duration remaining) {
        return remaining.isNegative() ? 0 : (remaining.toMillis() + 999) / 1000;
    }

    /** A session not yet stored, with the only copy of its refresh token. */
    public record NewSession(Session session, RefreshToken refreshToken) {
    }
}

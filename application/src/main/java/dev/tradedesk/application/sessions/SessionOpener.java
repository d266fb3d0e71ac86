package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.out.AccessTokenClaims;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Opens sessions for the sign-in use cases: {@link #prepare} builds the session row (stored by the
 * caller, in the caller's transaction), {@link #tokensFor} signs the tokens once it is stored.
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
        Session session = Session.open(Ids.newId(clock), userId, refreshToken, clock.instant(),
                policy.sessionLifetime(), client);
        return new NewSession(session, refreshToken);
    }

    public IssuedTokens tokensFor(Account account, Set<String> permissions, NewSession opened) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(policy.accessTokenLifetime());
        String accessToken = tokenIssuer.issue(new AccessTokenClaims(UUID.randomUUID(), account.id(),
                opened.session().id(), account.roles(), permissions, now, expiresAt));
        long refreshExpiresIn = secondsRoundedUp(Duration.between(now, opened.session().expiresAt()));
        return new IssuedTokens(accessToken, policy.accessTokenLifetime().toSeconds(),
                opened.refreshToken().value(), refreshExpiresIn, opened.session().id());
    }

    /** Whole seconds left, so that a session opened a few milliseconds ago still says its full lifetime. */
    private static long secondsRoundedUp(Duration remaining) {
        return remaining.isNegative() ? 0 : (remaining.toMillis() + 999) / 1000;
    }

    /** A session not yet stored, with the only copy of its refresh token. */
    public record NewSession(Session session, RefreshToken refreshToken) {
    }
}

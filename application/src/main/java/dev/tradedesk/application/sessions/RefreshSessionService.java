package dev.tradedesk.application.sessions;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.in.RefreshSessionUseCase;
import dev.tradedesk.application.sessions.port.out.RefreshTokenRecord;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.InvalidRefreshTokenException;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.RefreshTokenRotatedException;
import dev.tradedesk.domain.sessions.Revocation;
import dev.tradedesk.domain.sessions.Session;
import dev.tradedesk.domain.sessions.TokenSubject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Refresh with rotation and reuse detection (RFC 9700 §4.14): every use replaces the refresh token;
 * presenting a token that was already replaced revokes the whole session, since either the client or
 * an attacker holds a stolen copy. A repeat within the grace period of its rotation is taken for a
 * client's concurrent retry: it gets {@code refresh_token_rotated} and revokes nothing. Of parallel
 * refreshes with one token, exactly one wins (a conditional update in the store).
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    public static final Duration RETRY_GRACE = Duration.ofSeconds(5);

    private final SessionRepository sessions;
    private final SessionRevoker revoker;
    private final SessionOpener opener;
    private final TransactionRunner tx;
    private final Clock clock;

    public RefreshSessionService(SessionRepository sessions, SessionRevoker revoker, SessionOpener opener,
                                 TransactionRunner tx, Clock clock) {
        this.sessions = sessions;
        this.revoker = revoker;
        this.opener = opener;
        this.tx = tx;
        this.clock = clock;
    }

    private sealed interface Outcome {
        record Rotated(TokenSubject subject, Session session) implements Outcome { }
        record RetriedTooSoon() implements Outcome { }
        record Reused(List<Revocation> revocations) implements Outcome { }
        record Invalid() implements Outcome { }
    }

    @Override
    public IssuedTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new InvalidRefreshTokenException();
        }
        RefreshToken presented = RefreshToken.presented(refreshToken);
        RefreshToken next = RefreshToken.generate();
        Outcome outcome = tx.inTransaction(() -> rotate(presented, next, clock.instant()));
        if (outcome instanceof Outcome.Rotated rotated) {
            return opener.tokensFor(rotated.subject(), rotated.session(), next);
        }
        if (outcome instanceof Outcome.RetriedTooSoon) {
            throw new RefreshTokenRotatedException();
        }
        if (outcome instanceof Outcome.Reused reused) {
            revoker.announce(reused.revocations());
        }
        throw new InvalidRefreshTokenException();
    }

    private Outcome rotate(RefreshToken presented, RefreshToken next, Instant now) {
        Optional<RefreshTokenRecord> found = sessions.findByRefreshToken(presented.hash());
        if (found.isEmpty() || !found.get().session().isActiveAt(now)) {
            return new Outcome.Invalid();
        }
        RefreshTokenRecord record = found.get();
        Session session = record.session();
        if (!record.isCurrent()) {
            if (!now.isAfter(record.rotatedAt().plus(RETRY_GRACE))) {
                return new Outcome.RetriedTooSoon();
            }
            return new Outcome.Reused(revoker.revokeSession(session.id(), "refresh_token_reused"));
        }
        if (!sessions.rotate(session.id(), presented.hash(), next.hash(), now)) {
            return new Outcome.RetriedTooSoon();
        }
        return new Outcome.Rotated(record.subject(), session);
    }
}

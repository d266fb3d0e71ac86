package dev.tradedesk.application.sessions;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.in.RefreshSessionUseCase;
import dev.tradedesk.application.sessions.port.out.RefreshTokenRecord;
import dev.tradedesk.application.sessions.port.out.RefreshTokenUse;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.InvalidRefreshTokenException;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.RefreshTokenRotatedException;
import dev.tradedesk.domain.sessions.Revocation;
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
 * refreshes with one token, exactly one wins: the store looks the token up and replaces it in one atomic
 * step ({@link SessionRepository#present}), so a refresh needs no transaction of its own.
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

    @Override
    public IssuedTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new InvalidRefreshTokenException();
        }
        RefreshToken presented = RefreshToken.presented(refreshToken);
        RefreshToken next = RefreshToken.generate();
        Instant now = clock.instant();
        // one atomic step in the store, no transaction around it: the common case is one round trip
        Optional<RefreshTokenUse> use = sessions.present(presented.hash(), next.hash(), now);
        if (use.isEmpty()) {
            throw new InvalidRefreshTokenException();
        }
        RefreshTokenRecord found = use.get().found();
        if (use.get().rotated()) {
            return opener.tokensFor(found.subject(), found.session(), next);
        }
        if (!found.session().isActiveAt(now)) {
            throw new InvalidRefreshTokenException();
        }
        if (found.isCurrent() || !now.isAfter(found.rotatedAt().plus(RETRY_GRACE))) {
            // a concurrent use with the same token rotated it first, or this is a retry of a recent use
            throw new RefreshTokenRotatedException();
        }
        List<Revocation> revocations = tx.inTransaction(
                () -> revoker.revokeSession(found.session().id(), "refresh_token_reused"));
        revoker.announce(revocations);
        throw new InvalidRefreshTokenException();
    }
}

package dev.tradedesk.application.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.FakePasswordHasher;
import dev.tradedesk.application.accounts.FakePasswordStrength;
import dev.tradedesk.application.accounts.InMemoryAccountRepository;
import dev.tradedesk.application.accounts.RegisterAccountService;
import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.common.RequestLimits;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.port.in.AccessGrant;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.InvalidRefreshTokenException;
import dev.tradedesk.domain.sessions.RefreshTokenRotatedException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refresh rotation, reuse detection, logout and revocation, with in-memory adapters and two simulated nodes. */
class SessionLifecycleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final InMemoryRevocationLog log = new InMemoryRevocationLog();
    private final InMemoryRevocationBus bus = new InMemoryRevocationBus();
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final FakeTokenIssuer tokens = new FakeTokenIssuer(clock);
    private final SessionOpener opener = new SessionOpener(tokens, SessionPolicy.DEFAULT, clock);

    /** One node: its own revocation view, kept in sync through the shared bus and log. */
    private final class Node {
        final RevocationView view = new RevocationView();
        final RevocationSync sync = new RevocationSync(view, log, bus, clock);
        final SessionRevoker revoker = new SessionRevoker(sessions, log, bus, view, SessionPolicy.DEFAULT, clock);
        final SessionQueryService query = new SessionQueryService(tokens, view, sessions, clock);
        final RefreshSessionService refresh = new RefreshSessionService(sessions, revoker, opener, tx, clock);
        final LogOutService logout = new LogOutService(revoker, tx);
        final RevokeSessionService revokeSession = new RevokeSessionService(sessions, revoker, tx, clock);

        Node() {
            sync.start();
        }

        boolean accepts(IssuedTokens issued) {
            try {
                query.authenticate(issued.accessToken());
                return true;
            } catch (InvalidAccessTokenException e) {
                return false;
            }
        }
    }

    private final Node a = new Node();
    private final Node b = new Node();

    private IssuedTokens register(String email) {
        return new RegisterAccountService(accounts, sessions, roles, new FakePasswordHasher(), new FakePasswordStrength(),
                opener, tx, clock, new AttemptThrottle(new LocalRateLimiter(clock), RequestLimits.DEFAULT))
                .register(RegisterAccountCommand.of(email, "plum-orbit-cascade-77", null, ClientInfo.UNKNOWN))
                .tokens();
    }

    @Test
    void refresh_rotates_the_token_and_keeps_the_session() {
        IssuedTokens first = register("ada@example.com");
        clock.advance(Duration.ofMinutes(10));

        IssuedTokens second = a.refresh.refresh(first.refreshToken());

        assertThat(second.sessionId()).isEqualTo(first.sessionId());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.refreshExpiresIn()).as("the absolute end does not move")
                .isEqualTo(Duration.ofDays(30).minusMinutes(10).toSeconds());
        assertThat(a.accepts(second)).isTrue();
    }

    @Test
    void a_retry_within_five_seconds_is_told_the_token_rotated_and_revokes_nothing() {
        IssuedTokens first = register("ada@example.com");
        IssuedTokens second = a.refresh.refresh(first.refreshToken());
        clock.advance(Duration.ofSeconds(5));

        assertThatThrownBy(() -> a.refresh.refresh(first.refreshToken())).isInstanceOf(RefreshTokenRotatedException.class);
        assertThat(a.accepts(second)).isTrue();
        assertThat(a.refresh.refresh(second.refreshToken()).sessionId()).isEqualTo(first.sessionId());
    }

    @Test
    void reuse_of_a_rotated_token_revokes_the_whole_session_on_every_node() {
        IssuedTokens first = register("ada@example.com");
        IssuedTokens second = a.refresh.refresh(first.refreshToken());
        clock.advance(Duration.ofSeconds(6));

        assertThatThrownBy(() -> a.refresh.refresh(first.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);

        assertThat(a.accepts(second)).isFalse();
        assertThat(b.accepts(second)).isFalse();
        assertThatThrownBy(() -> b.refresh.refresh(second.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void a_session_ends_absolutely_after_thirty_days_whatever_the_refreshes() {
        IssuedTokens tokens = register("ada@example.com");
        for (int day = 0; day < 29; day++) {
            clock.advance(Duration.ofDays(1));
            tokens = a.refresh.refresh(tokens.refreshToken());
        }
        assertThat(tokens.expiresIn()).as("no access token outlives its session").isLessThanOrEqualTo(Duration.ofDays(1).toSeconds());
        clock.advance(Duration.ofDays(1));
        String last = tokens.refreshToken();
        assertThatThrownBy(() -> a.refresh.refresh(last)).isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void unknown_or_empty_refresh_tokens_are_invalid() {
        assertThatThrownBy(() -> a.refresh.refresh("no-such-token")).isInstanceOf(InvalidRefreshTokenException.class);
        assertThatThrownBy(() -> a.refresh.refresh("")).isInstanceOf(InvalidRefreshTokenException.class);
        assertThatThrownBy(() -> a.refresh.refresh(null)).isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void logout_stops_the_sessions_access_token_on_every_node_and_only_that_session() {
        IssuedTokens phone = register("ada@example.com");
        Actor actor = a.query.authenticate(phone.accessToken());
        IssuedTokens laptop = opener.tokensFor(accounts.findById(actor.userId()).orElseThrow()
                .tokenSubject(actor.permissions()), openSession(actor.userId()));

        b.logout.logOut(actor, false);

        assertThat(a.accepts(phone)).isFalse();
        assertThat(b.accepts(phone)).isFalse();
        assertThat(a.accepts(laptop)).isTrue();
        assertThatThrownBy(() -> a.refresh.refresh(phone.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void a_grant_holds_until_its_token_expires_or_its_session_is_revoked_on_any_node() {
        IssuedTokens tokens = register("ada@example.com");
        AccessGrant grant = b.query.grant(tokens.accessToken());
        assertThat(grant.expiresAt()).isEqualTo(clock.instant().plus(SessionPolicy.DEFAULT.accessTokenLifetime()));
        assertThat(b.query.holds(grant)).isTrue();

        clock.advance(SessionPolicy.DEFAULT.accessTokenLifetime());
        assertThat(b.query.holds(grant)).as("expired").isFalse();

        IssuedTokens other = register("bob@example.com");
        AccessGrant otherGrant = b.query.grant(other.accessToken());
        a.logout.logOut(a.query.authenticate(other.accessToken()), false);
        assertThat(b.query.holds(otherGrant)).as("logged out on the other node").isFalse();
    }

    @Test
    void logout_of_all_sessions_stops_every_token_of_the_user() {
        IssuedTokens phone = register("ada@example.com");
        Actor actor = a.query.authenticate(phone.accessToken());
        IssuedTokens laptop = opener.tokensFor(accounts.findById(actor.userId()).orElseThrow()
                .tokenSubject(actor.permissions()), openSession(actor.userId()));

        a.logout.logOut(actor, true);

        assertThat(b.accepts(phone)).isFalse();
        assertThat(b.accepts(laptop)).isFalse();
    }

    @Test
    void a_node_that_missed_an_announcement_catches_up_from_the_log_when_it_reconnects() {
        IssuedTokens tokens = register("ada@example.com");
        Actor actor = a.query.authenticate(tokens.accessToken());
        bus.disconnect();

        a.logout.logOut(actor, false);
        assertThat(a.accepts(tokens)).isFalse();
        assertThat(b.accepts(tokens)).as("b missed it").isTrue();

        bus.reconnect();
        assertThat(b.accepts(tokens)).isFalse();
    }

    @Test
    void a_node_starting_later_learns_every_live_revocation() {
        IssuedTokens tokens = register("ada@example.com");
        a.logout.logOut(a.query.authenticate(tokens.accessToken()), false);

        assertThat(new Node().accepts(tokens)).isFalse();
    }

    @Test
    void a_user_may_revoke_only_their_own_sessions() {
        IssuedTokens ada = register("ada@example.com");
        IssuedTokens bob = register("bob@example.com");
        Actor adaActor = a.query.authenticate(ada.accessToken());

        assertThatThrownBy(() -> a.revokeSession.revoke(adaActor, bob.sessionId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> a.revokeSession.revoke(adaActor, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(b.accepts(bob)).isTrue();

        a.revokeSession.revoke(adaActor, ada.sessionId());
        assertThat(b.accepts(ada)).isFalse();
    }

    @Test
    void lists_the_active_sessions_and_marks_the_current_one() {
        IssuedTokens first = register("ada@example.com");
        Actor actor = a.query.authenticate(first.accessToken());
        clock.advance(Duration.ofSeconds(1));
        SessionOpener.NewSession second = openSession(actor.userId());

        var list = a.query.sessionsOf(actor);

        assertThat(list).extracting(s -> s.id()).containsExactly(second.session().id(), first.sessionId());
        assertThat(list).extracting(s -> s.current()).containsExactly(false, true);
    }

    @Test
    void revocations_are_forgotten_once_no_token_they_could_hit_is_alive() {
        IssuedTokens tokens = register("ada@example.com");
        a.logout.logOut(a.query.authenticate(tokens.accessToken()), false);
        assertThat(a.view.size()).isEqualTo(1);

        clock.advance(SessionPolicy.DEFAULT.accessTokenLifetime());
        a.sync.maintain();

        assertThat(a.view.size()).isZero();
        assertThat(log.active(clock.instant())).isEmpty();
    }

    private SessionOpener.NewSession openSession(UUID userId) {
        SessionOpener.NewSession opened = opener.prepare(userId, ClientInfo.UNKNOWN);
        sessions.insert(opened.session(), opened.refreshToken().hash());
        return opened;
    }
}

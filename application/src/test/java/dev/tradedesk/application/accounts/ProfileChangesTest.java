package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.UpdateProfileCommand;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.common.RequestLimits;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.FakeTokenIssuer;
import dev.tradedesk.application.sessions.InMemoryRevocationBus;
import dev.tradedesk.application.sessions.InMemoryRevocationLog;
import dev.tradedesk.application.sessions.InMemorySessionRepository;
import dev.tradedesk.application.sessions.RevocationView;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.SessionQueryService;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.FieldError;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProfileChangesTest {

    private static final String PASSWORD = "plum-orbit-cascade-77";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final AccountProfileCache profiles = InMemoryAccountChangeBus.cacheOn(new InMemoryAccountChangeBus(), accounts);
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final FakeTokenIssuer tokens = new FakeTokenIssuer(clock);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final RevocationView view = new RevocationView();
    private final SessionRevoker revoker = new SessionRevoker(sessions, new InMemoryRevocationLog(),
            new InMemoryRevocationBus(), view, SessionPolicy.DEFAULT, clock);
    private final SessionOpener opener = new SessionOpener(tokens, SessionPolicy.DEFAULT, clock);
    private final SessionQueryService query = new SessionQueryService(tokens, view, sessions, clock);
    private final UpdateProfileService update = new UpdateProfileService(accounts, roles, hasher,
            new FakePasswordStrength(), revoker, tx, profiles);
    private final InMemoryOneTimeCodeRepository codes = new InMemoryOneTimeCodeRepository();
    private final DeleteAccountService delete = new DeleteAccountService(accounts, codes, revoker, tx, profiles);

    private IssuedTokens register(String email) {
        return new RegisterAccountService(accounts, sessions, roles, hasher, new FakePasswordStrength(), opener, tx, clock,
                new AttemptThrottle(new LocalRateLimiter(clock), RequestLimits.DEFAULT))
                .register(RegisterAccountCommand.of(email, PASSWORD, "Ada", ClientInfo.UNKNOWN)).tokens();
    }

    private IssuedTokens secondSession(Actor actor) {
        SessionOpener.NewSession opened = opener.prepare(actor.userId(), ClientInfo.UNKNOWN);
        sessions.insert(opened.session(), opened.refreshToken().hash());
        return opener.tokensFor(accounts.findById(actor.userId()).orElseThrow().tokenSubject(actor.permissions()), opened);
    }

    private boolean works(IssuedTokens issued) {
        try {
            query.authenticate(issued.accessToken());
            return true;
        } catch (InvalidAccessTokenException e) {
            return false;
        }
    }

    @Test
    void renames_without_the_current_password_and_a_blank_name_removes_it() {
        Actor actor = query.authenticate(register("ada@example.com").accessToken());

        assertThat(update.update(actor, UpdateProfileCommand.of("  Grace  ", null, null, null)).name()).isEqualTo("Grace");
        assertThat(update.update(actor, UpdateProfileCommand.of(null, null, null, null)).name()).isEqualTo("Grace");
        assertThat(update.update(actor, UpdateProfileCommand.of("", null, null, null)).name()).isNull();
    }

    @Test
    void changing_the_email_needs_the_right_current_password_and_unverifies_it() {
        Actor actor = query.authenticate(register("ada@example.com").accessToken());

        assertThatThrownBy(() -> update.update(actor, UpdateProfileCommand.of(null, "new@example.com", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("current_password"));
        assertThatThrownBy(() -> update.update(actor, UpdateProfileCommand.of(null, "new@example.com", null, "wrong-password")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("invalid");
        assertThat(accounts.findByEmail(EmailAddress.of("ada@example.com"))).isPresent();

        var profile = update.update(actor, UpdateProfileCommand.of(null, " NEW@example.com", null, PASSWORD));
        assertThat(profile.email()).isEqualTo("new@example.com");
        assertThat(profile.emailVerified()).isFalse();
    }

    @Test
    void an_email_that_another_account_has_is_refused_and_nothing_changes() {
        register("bob@example.com");
        Actor actor = query.authenticate(register("ada@example.com").accessToken());

        assertThatThrownBy(() -> update.update(actor, UpdateProfileCommand.of("Changed", "bob@example.com", null, PASSWORD)))
                .isInstanceOf(EmailTakenException.class);
        var unchanged = accounts.findById(actor.userId()).orElseThrow();
        assertThat(unchanged.email().value()).isEqualTo("ada@example.com");
    }

    @Test
    void a_new_password_ends_every_other_session_but_the_callers() {
        IssuedTokens current = register("ada@example.com");
        Actor actor = query.authenticate(current.accessToken());
        IssuedTokens other = secondSession(actor);

        update.update(actor, UpdateProfileCommand.of(null, null, "fresh-granite-lyric-81", PASSWORD));

        assertThat(works(current)).isTrue();
        assertThat(works(other)).isFalse();
        var stored = accounts.findById(actor.userId()).orElseThrow();
        assertThat(hasher.matches(PlainPassword.offered("fresh-granite-lyric-81"), stored.passwordHash())).isTrue();
    }

    @Test
    void a_weak_or_invalid_new_password_is_refused_before_anything_is_written() {
        IssuedTokens current = register("ada@example.com");
        Actor actor = query.authenticate(current.accessToken());
        IssuedTokens other = secondSession(actor);

        assertThatThrownBy(() -> update.update(actor, UpdateProfileCommand.of(null, null, "password1", PASSWORD)))
                .isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> UpdateProfileCommand.of(null, null, "short", PASSWORD))
                .isInstanceOf(ValidationException.class);
        assertThat(works(other)).isTrue();
    }

    @Test
    void deleting_the_account_voids_every_token_and_frees_the_email() {
        IssuedTokens tokens = register("ada@example.com");
        Actor actor = query.authenticate(tokens.accessToken());
        IssuedTokens other = secondSession(actor);

        delete.delete(actor);

        assertThat(works(tokens)).isFalse();
        assertThat(works(other)).isFalse();
        assertThat(accounts.findByEmail(EmailAddress.of("ada@example.com"))).isEmpty();
        register("ada@example.com");
    }
}

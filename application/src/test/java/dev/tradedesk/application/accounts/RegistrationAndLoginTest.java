package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.Registration;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.common.RequestLimits;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.FakeTokenIssuer;
import dev.tradedesk.application.sessions.InMemorySessionRepository;
import dev.tradedesk.application.accounts.LogInWithPasswordService;
import dev.tradedesk.application.sessions.RevocationView;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.SessionQueryService;
import dev.tradedesk.application.sessions.port.in.IssuedTokens;
import dev.tradedesk.application.accounts.port.in.LogInWithPasswordCommand;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.accounts.InvalidCredentialsException;
import dev.tradedesk.domain.accounts.WeakPasswordException;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.FieldError;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationAndLoginTest {

    private static final String PASSWORD = "plum-orbit-cascade-77";
    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.4", "test-agent");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryLoginHistory loginHistory = new InMemoryLoginHistory();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final AccountProfileCache profiles = InMemoryAccountChangeBus.cacheOn(new InMemoryAccountChangeBus(), accounts);
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FakeTokenIssuer tokens = new FakeTokenIssuer(clock);
    private final SessionOpener opener = new SessionOpener(tokens, SessionPolicy.DEFAULT, clock);
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();

    private final AttemptThrottle throttle = new AttemptThrottle(new LocalRateLimiter(clock), RequestLimits.DEFAULT);
    private final RegisterAccountService register = new RegisterAccountService(accounts, sessions, roles, hasher,
            new FakePasswordStrength(), opener, tx, clock, throttle);
    private final LogInWithPasswordService login = new LogInWithPasswordService(accounts, sessions, roles, hasher,
            opener, tx, throttle, loginHistory, clock);
    private final SessionQueryService sessionQuery = new SessionQueryService(tokens, new RevocationView(), sessions, clock);
    private final AccountQueryService accountQuery = new AccountQueryService(accounts, roles, loginHistory, profiles);

    private Registration registerAda() {
        return register.register(RegisterAccountCommand.of("  Ada@Example.COM ", PASSWORD, "Ada", CLIENT));
    }

    @Test
    void registration_stores_a_normalised_account_with_the_user_role_and_signs_it_in() {
        Registration registration = registerAda();

        assertThat(registration.user().email()).isEqualTo("ada@example.com");
        assertThat(registration.user().name()).isEqualTo("Ada");
        assertThat(registration.user().emailVerified()).isFalse();
        assertThat(registration.user().roles()).containsExactly("user");
        assertThat(registration.user().permissions()).containsExactlyInAnyOrderElementsOf(BuiltinRoles.ROLES.get("user"));
        assertThat(accounts.findByEmail(EmailAddress.of("ada@example.com"))).isPresent();
        assertThat(accounts.findByEmail(EmailAddress.of("ada@example.com")).orElseThrow().passwordHash())
                .doesNotContain(PASSWORD);

        IssuedTokens issued = registration.tokens();
        assertThat(issued.expiresIn()).isEqualTo(900);
        assertThat(issued.refreshExpiresIn()).isEqualTo(Duration.ofDays(30).toSeconds());
        assertThat(sessions.find(issued.sessionId())).hasValueSatisfying(session -> {
            assertThat(session.userId()).isEqualTo(registration.user().id());
            assertThat(session.client()).isEqualTo(CLIENT);
        });

        Actor actor = sessionQuery.authenticate(issued.accessToken());
        assertThat(actor.userId()).isEqualTo(registration.user().id());
        assertThat(actor.sessionId()).isEqualTo(issued.sessionId());
        assertThat(accountQuery.me(actor)).isEqualTo(registration.user());
    }

    @Test
    void an_email_is_taken_whatever_its_case() {
        registerAda();

        assertThatThrownBy(() -> register.register(RegisterAccountCommand.of("ADA@example.com", "other-long-passphrase-9", null, CLIENT)))
                .isInstanceOf(EmailTakenException.class);
        assertThat(sessions.ofUser(accounts.findByEmail(EmailAddress.of("ada@example.com")).orElseThrow().id())).hasSize(1);
    }

    @Test
    void a_weak_password_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> register.register(RegisterAccountCommand.of("bob@example.com", "password1", null, CLIENT)))
                .isInstanceOf(WeakPasswordException.class)
                .extracting(e -> ((WeakPasswordException) e).code()).isEqualTo("weak_password");
        assertThatThrownBy(() -> register.register(RegisterAccountCommand.of("bobby.tables@example.com", "bobby.tables-2026", null, CLIENT)))
                .isInstanceOf(WeakPasswordException.class);
        assertThat(accounts.findByEmail(EmailAddress.of("bob@example.com"))).isEmpty();
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertThatThrownBy(() -> RegisterAccountCommand.of("not-an-email", "short", "  ", CLIENT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email", "password"));
        assertThatThrownBy(() -> RegisterAccountCommand.of(null, null, null, CLIENT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("email", "is required"), new FieldError("password", "is required")));
    }

    @Test
    void login_opens_a_new_session_each_time() {
        Registration registration = registerAda();

        IssuedTokens first = login.logIn(LogInWithPasswordCommand.of("ADA@example.com ", PASSWORD, CLIENT));
        IssuedTokens second = login.logIn(LogInWithPasswordCommand.of("ada@example.com", PASSWORD, CLIENT));

        assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
        assertThat(first.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(sessions.ofUser(registration.user().id())).hasSize(3);
        assertThat(sessionQuery.authenticate(second.accessToken()).userId()).isEqualTo(registration.user().id());
    }

    @Test
    void unknown_email_and_wrong_password_fail_alike_and_cost_one_hash_each() {
        registerAda();
        int before = hasher.verifications();

        assertThatThrownBy(() -> login.logIn(LogInWithPasswordCommand.of("ada@example.com", "wrong-password-1", CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("The email or password is incorrect.");
        assertThatThrownBy(() -> login.logIn(LogInWithPasswordCommand.of("nobody@example.com", PASSWORD, CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("The email or password is incorrect.");
        assertThatThrownBy(() -> login.logIn(LogInWithPasswordCommand.of("not an email", PASSWORD, CLIENT)))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(hasher.verifications() - before).isEqualTo(3);
    }

    @Test
    void an_access_token_stops_working_when_its_lifetime_is_over() {
        IssuedTokens issued = registerAda().tokens();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(sessionQuery.authenticate(issued.accessToken()).userId()).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> sessionQuery.authenticate(issued.accessToken()))
                .isInstanceOf(InvalidAccessTokenException.class);
    }

    @Test
    void sign_ins_and_failed_passwords_land_in_the_history_newest_first_in_pages() {
        Registration registration = registerAda();
        Actor actor = sessionQuery.authenticate(registration.tokens().accessToken());
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> login.logIn(LogInWithPasswordCommand.of("ada@example.com", "wrong-password-1", CLIENT)))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        clock.advance(Duration.ofSeconds(1));
        login.logIn(LogInWithPasswordCommand.of("ada@example.com", PASSWORD, CLIENT));
        login.logIn(LogInWithPasswordCommand.of("ada@example.com", PASSWORD, CLIENT));
        assertThatThrownBy(() -> login.logIn(LogInWithPasswordCommand.of("nobody@example.com", PASSWORD, CLIENT)))
                .as("an unknown email has no history to land in").isInstanceOf(InvalidCredentialsException.class);

        var first = accountQuery.loginHistory(actor, 2, null);
        assertThat(first.items()).extracting(e -> e.success()).containsExactly(true, true);
        assertThat(first.items()).allSatisfy(e -> {
            assertThat(e.method()).isEqualTo(dev.tradedesk.domain.accounts.LoginMethod.PASSWORD);
            assertThat(e.client()).isEqualTo(CLIENT);
        });
        var second = accountQuery.loginHistory(actor, 2, first.nextCursor());
        assertThat(second.items()).extracting(e -> e.success()).containsExactly(false, false);
        var last = accountQuery.loginHistory(actor, 2, second.nextCursor());
        assertThat(last.items()).hasSize(1);
        assertThat(last.nextCursor()).isNull();
        assertThat(first.items().get(0).at()).isAfterOrEqualTo(second.items().get(0).at());
    }

    @Test
    void the_history_refuses_a_limit_out_of_range_or_a_foreign_cursor() {
        Actor actor = sessionQuery.authenticate(registerAda().tokens().accessToken());

        assertThatThrownBy(() -> accountQuery.loginHistory(actor, 0, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accountQuery.loginHistory(actor, 201, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accountQuery.loginHistory(actor, 10, "bm90LWEtY3Vyc29y"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
        assertThat(accountQuery.loginHistory(actor, 10, null).items()).as("registration is no sign-in attempt").isEmpty();
    }
}

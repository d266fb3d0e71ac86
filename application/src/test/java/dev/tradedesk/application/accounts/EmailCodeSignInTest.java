package dev.tradedesk.application.accounts;

import java.util.UUID;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.in.RegisterAccountCommand;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeCommand;
import dev.tradedesk.application.accounts.port.in.ResetPasswordCommand;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeCommand;
import dev.tradedesk.application.accounts.port.out.MailMessage;
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
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.InvalidCodeException;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.FieldError;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Passwordless sign-in with mailed codes, with in-memory adapters and a mailer that records. */
class EmailCodeSignInTest {

    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.7", "code-test");
    private static final String ADA = "ada@example.com";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryLoginHistory loginHistory = new InMemoryLoginHistory();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final AccountProfileCache profiles = InMemoryAccountChangeBus.cacheOn(new InMemoryAccountChangeBus(), accounts);
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final InMemoryOneTimeCodeRepository codes = new InMemoryOneTimeCodeRepository();
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final RecordingMailer mailer = new RecordingMailer();
    private final FakeTokenIssuer tokens = new FakeTokenIssuer(clock);
    private final SessionOpener opener = new SessionOpener(tokens, SessionPolicy.DEFAULT, clock);
    private final RevocationView view = new RevocationView();
    private final SessionRevoker revoker = new SessionRevoker(sessions, new InMemoryRevocationLog(),
            new InMemoryRevocationBus(), view, SessionPolicy.DEFAULT, clock);
    private final SessionQueryService sessionQuery = new SessionQueryService(tokens, view, sessions, clock);
    private final AccountQueryService accountQuery = new AccountQueryService(accounts, roles, loginHistory, profiles);

    private final RequestEmailCodeService requestCode = new RequestEmailCodeService(codes, mailer, tx, clock,
            new AttemptThrottle(new LocalRateLimiter(clock), RequestLimits.DEFAULT));
    private final SignInWithEmailCodeService signIn = new SignInWithEmailCodeService(accounts, codes, sessions, roles,
            opener, revoker, loginHistory, tx, clock, profiles);
    private final ResetPasswordService reset = new ResetPasswordService(accounts, codes, new FakePasswordHasher(),
            new FakePasswordStrength(), revoker, tx, clock, profiles);

    private String requestCodeFor(String email) {
        requestCode.requestCode(RequestEmailCodeCommand.of(email, CLIENT));
        return mailer.lastCodeTo(EmailAddress.of(email).value());
    }

    private IssuedTokens signIn(String email, String code) {
        return signIn.signIn(SignInWithEmailCodeCommand.of(email, code, CLIENT));
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void the_first_sign_in_creates_a_passwordless_verified_account_and_opens_a_session() {
        String code = requestCodeFor("  Ada@Example.COM ");

        MailMessage mail = mailer.sentTo(ADA).get(0);
        assertThat(mail.subject()).isEqualTo("Your TradeDesk sign-in code");
        assertThat(mail.text()).contains(code).contains("10 minutes");

        IssuedTokens issued = signIn(" ADA@example.com", " " + code + " ");

        Account account = accounts.findByEmail(EmailAddress.of(ADA)).orElseThrow();
        assertThat(account.password()).isEmpty();
        assertThat(account.emailVerified()).isTrue();
        assertThat(account.roles()).containsExactly(BuiltinRoles.USER);
        assertThat(sessions.find(issued.sessionId())).hasValueSatisfying(session -> {
            assertThat(session.userId()).isEqualTo(account.id());
            assertThat(session.client()).isEqualTo(CLIENT);
        });
        Actor actor = sessionQuery.authenticate(issued.accessToken());
        assertThat(actor.userId()).isEqualTo(account.id());
        assertThat(accountQuery.me(actor).emailVerified()).isTrue();
        assertThat(accountQuery.me(actor).permissions()).containsExactlyInAnyOrderElementsOf(BuiltinRoles.ROLES.get("user"));
    }

    @Test
    void the_owners_first_code_drops_a_password_set_before_the_email_was_verified() {
        var registration = new RegisterAccountService(accounts, sessions, roles, new FakePasswordHasher(),
                new FakePasswordStrength(), opener, tx, clock,
                new AttemptThrottle(new LocalRateLimiter(clock), RequestLimits.DEFAULT))
                .register(RegisterAccountCommand.of(ADA, "plum-orbit-cascade-77", "Ada", CLIENT));
        var registered = registration.user();
        assertThat(registered.emailVerified()).isFalse();

        IssuedTokens issued = signIn(ADA, requestCodeFor(ADA));

        assertThat(sessionQuery.authenticate(issued.accessToken()).userId()).isEqualTo(registered.id());
        Account account = accounts.findById(registered.id()).orElseThrow();
        assertThat(account.emailVerified()).isTrue();
        assertThat(account.passwordHash()).as("whoever registered the address may not be its owner").isNull();
        assertThat(account.name().value()).isEqualTo("Ada");
        assertThatThrownBy(() -> sessionQuery.authenticate(registration.tokens().accessToken()))
                .as("the registrant's session ends").isInstanceOf(InvalidAccessTokenException.class);
    }

    @Test
    void signing_in_to_a_verified_account_keeps_its_password_and_sessions() {
        IssuedTokens first = signIn(ADA, requestCodeFor(ADA));
        UUID userId = sessionQuery.authenticate(first.accessToken()).userId();
        accounts.updatePassword(userId, new FakePasswordHasher().hash(PlainPassword.of("plum-orbit-cascade-77")));
        String hash = accounts.findById(userId).orElseThrow().passwordHash();

        signIn(ADA, requestCodeFor(ADA));

        assertThat(accounts.findById(userId).orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(sessionQuery.authenticate(first.accessToken()).userId()).isEqualTo(userId);
    }

    @Test
    void a_code_works_once() {
        String code = requestCodeFor(ADA);
        IssuedTokens first = signIn(ADA, code);

        assertThatThrownBy(() -> signIn(ADA, code)).isInstanceOf(InvalidCodeException.class);
        assertThat(sessions.activeOf(sessionQuery.authenticate(first.accessToken()).userId(), clock.instant())).hasSize(1);
    }

    @Test
    void a_code_is_valid_for_ten_minutes() {
        String code = requestCodeFor(ADA);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(signIn(ADA, code).accessToken()).isNotBlank();

        String late = requestCodeFor(ADA);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> signIn(ADA, late)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void five_wrong_tries_kill_the_code_even_for_the_right_one() {
        String code = requestCodeFor(ADA);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(ADA, wrong(code)))
                    .isInstanceOf(InvalidCodeException.class)
                    .hasMessage("The code is invalid or has expired.")
                    .extracting(e -> ((InvalidCodeException) e).code()).isEqualTo("invalid_code");
        }

        assertThatThrownBy(() -> signIn(ADA, code)).isInstanceOf(InvalidCodeException.class);
        assertThat(accounts.findByEmail(EmailAddress.of(ADA))).isEmpty();
    }

    @Test
    void four_wrong_tries_leave_one_for_the_right_code() {
        String code = requestCodeFor(ADA);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(ADA, wrong(code))).isInstanceOf(InvalidCodeException.class);
        }

        assertThat(signIn(ADA, code).accessToken()).isNotBlank();
    }

    @Test
    void input_that_cannot_be_a_code_costs_no_try() {
        String code = requestCodeFor(ADA);
        for (String malformed : new String[] {"12345", "1234567", "abcdef", "12 345", ""}) {
            assertThatThrownBy(() -> signIn(ADA, malformed)).isInstanceOf(InvalidCodeException.class);
        }
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(ADA, wrong(code))).isInstanceOf(InvalidCodeException.class);
        }

        assertThat(signIn(ADA, code).accessToken()).isNotBlank();
    }

    @Test
    void a_new_code_replaces_the_older_one() {
        String older = requestCodeFor(ADA);
        String newer = requestCodeFor(ADA);
        assertThat(mailer.sentTo(ADA)).hasSize(2);

        assertThat(older).as("two random codes are equal once in a million").isNotEqualTo(newer);
        assertThatThrownBy(() -> signIn(ADA, older)).isInstanceOf(InvalidCodeException.class);
        assertThat(signIn(ADA, newer).accessToken()).isNotBlank();
        assertThat(codes.size()).isZero();
    }

    @Test
    void a_sign_in_code_cannot_reset_a_password() {
        signIn(ADA, requestCodeFor(ADA));
        String code = requestCodeFor(ADA);

        assertThatThrownBy(() -> reset.reset(ResetPasswordCommand.of(ADA, code, "new-long-passphrase-42")))
                .isInstanceOf(InvalidCodeException.class);
        assertThat(accounts.findByEmail(EmailAddress.of(ADA)).orElseThrow().password()).isEmpty();
        assertThat(signIn(ADA, code).accessToken()).as("and it still signs in").isNotBlank();
    }

    @Test
    void a_code_signs_in_only_the_address_it_was_sent_to() {
        String code = requestCodeFor(ADA);

        assertThatThrownBy(() -> signIn("bob@example.com", code)).isInstanceOf(InvalidCodeException.class);
        assertThatThrownBy(() -> signIn("not an email", code)).isInstanceOf(InvalidCodeException.class);
        assertThat(accounts.findByEmail(EmailAddress.of("bob@example.com"))).isEmpty();
    }

    @Test
    void requests_with_a_malformed_email_are_refused_and_send_nothing() {
        assertThatThrownBy(() -> RequestEmailCodeCommand.of("not-an-email", CLIENT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email"));
        assertThatThrownBy(() -> SignInWithEmailCodeCommand.of(null, null, CLIENT))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email", "code"));
        assertThat(mailer.sent()).isEmpty();
    }
}

package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.security.accounts.Argon2PasswordHasher;
import dev.tradedesk.application.accounts.AccountProfileCache;
import dev.tradedesk.application.accounts.AccountQueryService;
import dev.tradedesk.application.accounts.BoundedPasswordHasher;
import dev.tradedesk.application.accounts.DeleteAccountService;
import dev.tradedesk.application.accounts.UpdateProfileService;
import dev.tradedesk.application.accounts.CreateSuperuserService;
import dev.tradedesk.application.accounts.UpdateUserService;
import dev.tradedesk.application.accounts.RegisterAccountService;
import dev.tradedesk.application.accounts.port.out.AccountChangeBus;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.application.common.AttemptThrottle;
import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.roles.AnonymousActorService;
import dev.tradedesk.application.roles.AssignRoleService;
import dev.tradedesk.application.roles.CreateRoleService;
import dev.tradedesk.application.roles.DeleteRoleService;
import dev.tradedesk.application.roles.RoleQueryService;
import dev.tradedesk.application.roles.UpdateRoleService;
import dev.tradedesk.application.accounts.LogInWithPasswordService;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.LogOutService;
import dev.tradedesk.application.sessions.RefreshSessionService;
import dev.tradedesk.application.sessions.RevocationSync;
import dev.tradedesk.application.sessions.RevocationView;
import dev.tradedesk.application.sessions.RevokeSessionService;
import dev.tradedesk.application.sessions.SessionQueryService;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.application.sessions.port.out.RevocationBus;
import dev.tradedesk.application.sessions.port.out.RevocationLog;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import dev.tradedesk.application.accounts.RequestEmailCodeService;
import dev.tradedesk.application.accounts.RequestPasswordResetService;
import dev.tradedesk.application.accounts.ResetPasswordService;
import dev.tradedesk.application.accounts.SignInWithEmailCodeService;
import dev.tradedesk.application.accounts.port.out.Mailer;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The application's use-case services, wired to whatever adapters implement their ports. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SessionPolicy sessionPolicy(TokenProperties tokens) {
        return new SessionPolicy(tokens.accessTokenLifetime(), tokens.sessionLifetime());
    }

    @Bean
    SessionOpener sessionOpener(TokenIssuer tokenIssuer, SessionPolicy policy, Clock clock) {
        return new SessionOpener(tokenIssuer, policy, clock);
    }

    @Bean
    RegisterAccountService registerAccountService(AccountRepository accounts, SessionRepository sessions,
            RoleRepository roles, PasswordHasher hasher, PasswordStrength strength, SessionOpener opener,
            TransactionRunner tx, Clock clock, AttemptThrottle throttle) {
        return new RegisterAccountService(accounts, sessions, roles, hasher, strength, opener, tx, clock, throttle);
    }

    @Bean
    LogInWithPasswordService logInWithPasswordService(AccountRepository accounts, SessionRepository sessions,
            RoleRepository roles, PasswordHasher hasher, SessionOpener opener, TransactionRunner tx,
            AttemptThrottle throttle, LoginHistory history, Clock clock) {
        return new LogInWithPasswordService(accounts, sessions, roles, hasher, opener, tx, throttle, history, clock);
    }

    @Bean
    SessionQueryService sessionQueryService(TokenIssuer tokenIssuer, RevocationView revocations,
            SessionRepository sessions, Clock clock) {
        return new SessionQueryService(tokenIssuer, revocations, sessions, clock);
    }

    @Bean
    RevocationView revocationView() {
        return new RevocationView();
    }

    @Bean(initMethod = "start")
    RevocationSync revocationSync(RevocationView view, RevocationLog log, RevocationBus bus, Clock clock) {
        return new RevocationSync(view, log, bus, clock);
    }

    @Bean
    SessionRevoker sessionRevoker(SessionRepository sessions, RevocationLog log, RevocationBus bus,
            RevocationView view, SessionPolicy policy, Clock clock) {
        return new SessionRevoker(sessions, log, bus, view, policy, clock);
    }

    @Bean
    RefreshSessionService refreshSessionService(SessionRepository sessions, SessionRevoker revoker,
            SessionOpener opener, TransactionRunner tx, Clock clock) {
        return new RefreshSessionService(sessions, revoker, opener, tx, clock);
    }

    @Bean
    LogOutService logOutService(SessionRevoker revoker, TransactionRunner tx) {
        return new LogOutService(revoker, tx);
    }

    @Bean
    RevokeSessionService revokeSessionService(SessionRepository sessions, SessionRevoker revoker,
            TransactionRunner tx, Clock clock) {
        return new RevokeSessionService(sessions, revoker, tx, clock);
    }

    @Bean
    UpdateProfileService updateProfileService(AccountRepository accounts, RoleRepository roles, PasswordHasher hasher,
            PasswordStrength strength, SessionRevoker revoker, TransactionRunner tx, AccountProfileCache profiles) {
        return new UpdateProfileService(accounts, roles, hasher, strength, revoker, tx, profiles);
    }

    @Bean
    CreateSuperuserService createSuperuserService(AccountRepository accounts, RoleRepository roles,
            PasswordHasher hasher, PasswordStrength strength, SessionRevoker revoker, TransactionRunner tx, Clock clock) {
        return new CreateSuperuserService(accounts, roles, hasher, strength, revoker, tx, clock);
    }

    @Bean
    UpdateUserService updateUserService(AccountRepository accounts, RoleRepository roles, TransactionRunner tx,
            AccountProfileCache profiles) {
        return new UpdateUserService(accounts, roles, tx, profiles);
    }

    @Bean
    DeleteAccountService deleteAccountService(AccountRepository accounts, OneTimeCodeRepository codes,
            SessionRevoker revoker, TransactionRunner tx, AccountProfileCache profiles) {
        return new DeleteAccountService(accounts, codes, revoker, tx, profiles);
    }

    /** Brute-force and abuse limits, counted in the {@link RateLimiter} (see RedisConfiguration). */
    @Bean
    AttemptThrottle attemptThrottle(RateLimiter limiter, RateLimitProperties limits) {
        return new AttemptThrottle(limiter, limits.requestLimits());
    }

    /**
     * The password hasher every use case gets: Argon2id, at most so many at once. Primary, so that
     * nothing hashes around the bound by accident.
     */
    @Bean
    @Primary
    BoundedPasswordHasher boundedPasswordHasher(Argon2PasswordHasher argon2, HashingProperties hashing) {
        return new BoundedPasswordHasher(argon2, hashing.effectivePermits(), hashing.queueTimeout());
    }

    @Bean
    AccountQueryService accountQueryService(AccountRepository accounts, RoleRepository roles, LoginHistory history,
            AccountProfileCache profiles) {
        return new AccountQueryService(accounts, roles, history, profiles);
    }

    /** This node's copies of accounts' own fields, dropped on every node when they change (over Redis). */
    @Bean
    AccountProfileCache accountProfileCache(AccountRepository accounts, AccountChangeBus bus,
            ProfileCacheProperties cache) {
        AccountProfileCache profiles = new AccountProfileCache(accounts, bus, cache.size(), cache.maxAge(),
                System::nanoTime);
        profiles.start();
        return profiles;
    }

    @Bean
    RequestEmailCodeService requestEmailCodeService(OneTimeCodeRepository codes, Mailer mailer, TransactionRunner tx,
            Clock clock, AttemptThrottle throttle) {
        return new RequestEmailCodeService(codes, mailer, tx, clock, throttle);
    }

    @Bean
    SignInWithEmailCodeService signInWithEmailCodeService(AccountRepository accounts, OneTimeCodeRepository codes,
            SessionRepository sessions, RoleRepository roles, SessionOpener opener, SessionRevoker revoker,
            LoginHistory history, TransactionRunner tx, Clock clock, AccountProfileCache profiles) {
        return new SignInWithEmailCodeService(accounts, codes, sessions, roles, opener, revoker, history, tx, clock,
                profiles);
    }

    @Bean
    RequestPasswordResetService requestPasswordResetService(AccountRepository accounts, OneTimeCodeRepository codes,
            Mailer mailer, TransactionRunner tx, Clock clock, AttemptThrottle throttle) {
        return new RequestPasswordResetService(accounts, codes, mailer, tx, clock, throttle);
    }

    @Bean
    ResetPasswordService resetPasswordService(AccountRepository accounts, OneTimeCodeRepository codes,
            PasswordHasher hasher, PasswordStrength strength, SessionRevoker revoker, TransactionRunner tx, Clock clock,
            AccountProfileCache profiles) {
        return new ResetPasswordService(accounts, codes, hasher, strength, revoker, tx, clock, profiles);
    }

    @Bean
    RoleQueryService roleQueryService(RoleRepository roles) {
        return new RoleQueryService(roles);
    }

    /** Requests without a token act as the {@code anonymous} role, re-read at most once a second. */
    @Bean
    AnonymousActorService anonymousActorService(RoleRepository roles, Clock clock) {
        return new AnonymousActorService(roles, clock, AnonymousActorService.DEFAULT_MAX_AGE);
    }

    @Bean
    CreateRoleService createRoleService(RoleRepository roles, TransactionRunner tx) {
        return new CreateRoleService(roles, tx);
    }

    @Bean
    UpdateRoleService updateRoleService(RoleRepository roles, SessionRevoker revoker, TransactionRunner tx) {
        return new UpdateRoleService(roles, revoker, tx);
    }

    @Bean
    DeleteRoleService deleteRoleService(RoleRepository roles, SessionRevoker revoker, TransactionRunner tx) {
        return new DeleteRoleService(roles, revoker, tx);
    }

    @Bean
    AssignRoleService assignRoleService(RoleRepository roles, SessionRevoker revoker, TransactionRunner tx) {
        return new AssignRoleService(roles, revoker, tx);
    }
}

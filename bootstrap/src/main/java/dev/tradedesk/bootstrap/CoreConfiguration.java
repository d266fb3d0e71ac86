package dev.tradedesk.bootstrap;

import dev.tradedesk.application.accounts.AccountQueryService;
import dev.tradedesk.application.accounts.RegisterAccountService;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.application.accounts.LogInWithPasswordService;
import dev.tradedesk.application.sessions.SessionOpener;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.SessionQueryService;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.application.sessions.port.out.TokenIssuer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
            TransactionRunner tx, Clock clock) {
        return new RegisterAccountService(accounts, sessions, roles, hasher, strength, opener, tx, clock);
    }

    @Bean
    LogInWithPasswordService logInWithPasswordService(AccountRepository accounts, SessionRepository sessions,
            RoleRepository roles, PasswordHasher hasher, SessionOpener opener, TransactionRunner tx) {
        return new LogInWithPasswordService(accounts, sessions, roles, hasher, opener, tx);
    }

    @Bean
    SessionQueryService sessionQueryService(TokenIssuer tokenIssuer) {
        return new SessionQueryService(tokenIssuer);
    }

    @Bean
    AccountQueryService accountQueryService(AccountRepository accounts, RoleRepository roles) {
        return new AccountQueryService(accounts, roles);
    }
}

package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.rest.accounts.CurrentUserController;
import dev.tradedesk.adapter.rest.accounts.UserAdminController;
import dev.tradedesk.adapter.rest.accounts.EmailCodeController;
import dev.tradedesk.adapter.rest.accounts.PasswordResetController;
import dev.tradedesk.adapter.rest.accounts.RegistrationController;
import dev.tradedesk.adapter.rest.accounts.UserMapper;
import dev.tradedesk.adapter.rest.accounts.UserMapperImpl;
import dev.tradedesk.adapter.rest.common.ProblemDetailsAdvice;
import dev.tradedesk.adapter.rest.common.ProblemWriter;
import dev.tradedesk.adapter.rest.common.RequestBodyLimitFilter;
import dev.tradedesk.adapter.rest.orders.OrderController;
import dev.tradedesk.adapter.rest.orders.OrderMapper;
import dev.tradedesk.adapter.rest.orders.OrderMapperImpl;
import dev.tradedesk.adapter.rest.roles.RoleController;
import dev.tradedesk.adapter.rest.wallets.WalletController;
import dev.tradedesk.adapter.rest.wallets.WalletMapper;
import dev.tradedesk.adapter.rest.wallets.WalletMapperImpl;
import dev.tradedesk.application.orders.port.in.OrderQuery;
import dev.tradedesk.application.orders.port.in.PlaceOrderUseCase;
import dev.tradedesk.application.wallets.port.in.CreditWalletUseCase;
import dev.tradedesk.application.wallets.port.in.WalletQuery;
import dev.tradedesk.adapter.rest.roles.RoleMapper;
import dev.tradedesk.adapter.rest.roles.RoleMapperImpl;
import dev.tradedesk.adapter.rest.market.MarketController;
import dev.tradedesk.adapter.rest.market.MarketMapper;
import dev.tradedesk.adapter.rest.market.MarketMapperImpl;
import dev.tradedesk.application.market.port.in.QuoteQuery;
import dev.tradedesk.adapter.rest.roles.UserRoleController;
import dev.tradedesk.adapter.rest.security.ActorArgumentResolver;
import dev.tradedesk.adapter.rest.security.FirewallCharacters;
import dev.tradedesk.adapter.rest.security.RestSecurity;
import dev.tradedesk.adapter.rest.sessions.JwksController;
import dev.tradedesk.adapter.rest.sessions.LoginController;
import dev.tradedesk.adapter.rest.sessions.SessionController;
import dev.tradedesk.adapter.rest.sessions.SessionMapper;
import dev.tradedesk.adapter.rest.sessions.SessionMapperImpl;
import dev.tradedesk.adapter.rest.sessions.TokenMapper;
import dev.tradedesk.adapter.rest.sessions.TokenMapperImpl;
import dev.tradedesk.application.accounts.port.in.AccountQuery;
import dev.tradedesk.application.accounts.port.in.RequestEmailCodeUseCase;
import dev.tradedesk.application.accounts.port.in.RequestPasswordResetUseCase;
import dev.tradedesk.application.accounts.port.in.ResetPasswordUseCase;
import dev.tradedesk.application.accounts.port.in.SignInWithEmailCodeUseCase;
import dev.tradedesk.application.accounts.port.in.DeleteAccountUseCase;
import dev.tradedesk.application.accounts.port.in.UpdateProfileUseCase;
import dev.tradedesk.application.accounts.port.in.UpdateUserUseCase;
import dev.tradedesk.application.accounts.port.in.RegisterAccountUseCase;
import dev.tradedesk.application.roles.port.in.AnonymousActorQuery;
import dev.tradedesk.application.roles.port.in.AssignRoleUseCase;
import dev.tradedesk.application.roles.port.in.CreateRoleUseCase;
import dev.tradedesk.application.roles.port.in.DeleteRoleUseCase;
import dev.tradedesk.application.roles.port.in.RoleQuery;
import dev.tradedesk.application.roles.port.in.UpdateRoleUseCase;
import dev.tradedesk.application.sessions.port.in.ActorQuery;
import dev.tradedesk.application.accounts.port.in.LogInWithPasswordUseCase;
import dev.tradedesk.application.sessions.port.in.LogOutUseCase;
import dev.tradedesk.application.sessions.port.in.PublicKeysQuery;
import dev.tradedesk.application.sessions.port.in.RefreshSessionUseCase;
import dev.tradedesk.application.sessions.port.in.RevokeSessionUseCase;
import dev.tradedesk.application.sessions.port.in.SessionQuery;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import java.util.List;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** adapter-rest: controllers, problem details, the body-size limit and the security filter chain. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class RestConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpProperties http, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(http.maxBodySize().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Spring Security's own observations: per-filter and authorization ones only on request ({@link HttpProperties}). */
    @Bean
    SecurityObservationSettings securityObservationSettings(HttpProperties http) {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(http.observeSecurityFilters())
                .shouldObserveAuthorizations(http.observeSecurityAuthorizations())
                .build();
    }

    /** Spring Security's strict firewall, its character rules checked without regular expressions. */
    @Bean
    WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(FirewallCharacters.strictFirewall());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ActorQuery actors, ProblemWriter problems)
            throws Exception {
        return new RestSecurity(actors, problems).filterChain(http);
    }

    @Bean
    TokenMapper tokenMapper() {
        return new TokenMapperImpl();
    }

    @Bean
    UserMapper userMapper() {
        return new UserMapperImpl();
    }

    @Bean
    RegistrationController registrationController(RegisterAccountUseCase register, UserMapper mapper) {
        return new RegistrationController(register, mapper);
    }

    @Bean
    LoginController loginController(LogInWithPasswordUseCase logIn, TokenMapper mapper) {
        return new LoginController(logIn, mapper);
    }

    @Bean
    CurrentUserController currentUserController(AccountQuery accounts, UpdateProfileUseCase update,
            DeleteAccountUseCase delete, UserMapper mapper) {
        return new CurrentUserController(accounts, update, delete, mapper);
    }

    @Bean
    UserAdminController userAdminController(AccountQuery accounts, UpdateUserUseCase update,
            DeleteAccountUseCase delete, UserMapper mapper) {
        return new UserAdminController(accounts, update, delete, mapper);
    }

    @Bean
    MarketMapper marketMapper() {
        return new MarketMapperImpl();
    }

    @Bean
    MarketController marketController(QuoteQuery quotes, MarketMapper mapper) {
        return new MarketController(quotes, mapper);
    }

    @Bean
    SessionMapper sessionMapper() {
        return new SessionMapperImpl();
    }

    @Bean
    SessionController sessionController(RefreshSessionUseCase refresh, LogOutUseCase logOut,
            RevokeSessionUseCase revoke, SessionQuery sessions, TokenMapper tokens, SessionMapper mapper) {
        return new SessionController(refresh, logOut, revoke, sessions, tokens, mapper);
    }

    @Bean
    JwksController jwksController(PublicKeysQuery keys, TokenProperties tokens) {
        return new JwksController(keys, tokens.issuer());
    }

    @Bean
    EmailCodeController emailCodeController(RequestEmailCodeUseCase requestCode, SignInWithEmailCodeUseCase signIn,
            TokenMapper mapper) {
        return new EmailCodeController(requestCode, signIn, mapper);
    }

    @Bean
    PasswordResetController passwordResetController(RequestPasswordResetUseCase requestReset,
            ResetPasswordUseCase reset) {
        return new PasswordResetController(requestReset, reset);
    }

    /** Controllers' {@code Actor} parameters: the token's actor, or the anonymous role's without a token. */
    @Bean
    WebMvcConfigurer actorArguments(AnonymousActorQuery anonymous) {
        var resolver = new ActorArgumentResolver(anonymous);
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }

    @Bean
    RoleMapper roleMapper() {
        return new RoleMapperImpl();
    }

    @Bean
    RoleController roleController(RoleQuery roles, CreateRoleUseCase create, UpdateRoleUseCase update,
            DeleteRoleUseCase delete, RoleMapper mapper) {
        return new RoleController(roles, create, update, delete, mapper);
    }

    @Bean
    UserRoleController userRoleController(RoleQuery roles, AssignRoleUseCase assign) {
        return new UserRoleController(roles, assign);
    }

    @Bean
    WalletMapper walletMapper() {
        return new WalletMapperImpl();
    }

    @Bean
    WalletController walletController(WalletQuery wallets, CreditWalletUseCase credit, WalletMapper mapper) {
        return new WalletController(wallets, credit, mapper);
    }

    @Bean
    OrderMapper orderMapper() {
        return new OrderMapperImpl();
    }

    @Bean
    OrderController orderController(PlaceOrderUseCase place, OrderQuery orders, OrderMapper mapper) {
        return new OrderController(place, orders, mapper);
    }
}

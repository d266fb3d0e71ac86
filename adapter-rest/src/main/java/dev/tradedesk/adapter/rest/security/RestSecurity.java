package dev.tradedesk.adapter.rest.security;

import dev.tradedesk.adapter.rest.common.ProblemWriter;
import dev.tradedesk.application.sessions.port.in.ActorQuery;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The HTTP security of the REST API: stateless bearer-token authentication through the application's
 * {@link ActorQuery}, a short list of public endpoints, the permission-checked endpoints open to the
 * {@code anonymous} role, every other request authenticated, and
 * problem-detail answers for 401 and 403. No sessions, cookies or CSRF tokens: a bearer token is not
 * sent by browsers on their own, so cross-site request forgery has nothing to ride on.
 */
public final class RestSecurity {

    /** Endpoints anyone may call, without a token. */
    private static final String[] PUBLIC_POSTS = {
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh",
            "/api/v1/auth/email-code", "/api/v1/auth/email-code/token",
            "/api/v1/auth/password/forgot", "/api/v1/auth/password/reset"};
    private static final String[] PUBLIC_GETS = {
            "/.well-known/jwks.json", "/.well-known/oauth-authorization-server",
            "/v3/api-docs", "/v3/api-docs/**", "/docs", "/docs/**", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus"};
    /**
     * Endpoints governed by a permission check in the use case: reachable without a token, so that the
     * {@code anonymous} role decides (a refusal is then 401). The caller's own account stays
     * authenticated-only, and a bearer token that is present but invalid is 401 everywhere.
     */
    private static final String[] OWN_ACCOUNT = {"/api/v1/users/me", "/api/v1/users/me/**"};
    private static final String[] PERMISSION_CHECKED = {
            "/api/v1/roles", "/api/v1/roles/**", "/api/v1/authz/check",
            "/api/v1/users/*/roles", "/api/v1/users/*/roles/**", "/api/v1/users/*/permissions/**",
            "/api/v1/market/**",
            "/api/v1/users/*", "/api/v1/users/*/wallet", "/api/v1/users/*/wallet/credits", "/api/v1/orders"};
    private static final String[] PERMISSION_CHECKED_GETS = {"/api/v1/users"};
    /**
     * The live ticker's WebSocket handshake authenticates itself (adapter-websocket): it also takes the
     * token from the {@code access_token} query parameter, which browsers need and this chain does not
     * read, and refuses without a valid token (401) or without {@code ticker:subscribe} (403). A bearer
     * header that is present but invalid is still 401 here first.
     */
    private static final String TICKER_HANDSHAKE = "/ws/ticker";

    private final ActorQuery actors;
    private final ProblemWriter problems;

    public RestSecurity(ActorQuery actors, ProblemWriter problems) {
        this.actors = actors;
        this.problems = problems;
    }

    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems, "tradedesk");
        var deniedHandler = new ProblemAccessDeniedHandler(problems);
        var authenticationManager = new ProviderManager(new ActorAuthenticationProvider(actors));
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, PUBLIC_POSTS).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_GETS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(OWN_ACCOUNT).authenticated()
                        .requestMatchers(PERMISSION_CHECKED).permitAll()
                        .requestMatchers(HttpMethod.GET, PERMISSION_CHECKED_GETS).permitAll()
                        .requestMatchers(HttpMethod.GET, TICKER_HANDSHAKE).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .authenticationManagerResolver(request -> authenticationManager)
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .build();
    }
}

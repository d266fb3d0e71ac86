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
 * {@link ActorQuery}, a short list of public endpoints, every other request authenticated, and
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
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationManagerResolver(request -> authenticationManager)
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .build();
    }
}

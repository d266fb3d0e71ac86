package dev.tradedesk.adapter.rest.security;

import dev.tradedesk.adapter.rest.common.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for a missing or bad bearer token: the RFC 6750 {@code WWW-Authenticate} challenge (from
 * Spring's entry point) plus a problem body, {@code unauthorized} when no token came and
 * {@code invalid_token} when one did.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final ProblemWriter problems;

    public ProblemAuthenticationEntryPoint(ProblemWriter problems, String realm) {
        this.problems = problems;
        this.challenge.setRealmName(realm);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        challenge.commence(request, response, e);
        boolean badToken = e instanceof InvalidBearerTokenException;
        problems.write(request, response, 401, badToken ? "invalid_token" : "unauthorized",
                badToken ? "The access token is invalid, expired or revoked." : "Authentication is required.");
    }
}

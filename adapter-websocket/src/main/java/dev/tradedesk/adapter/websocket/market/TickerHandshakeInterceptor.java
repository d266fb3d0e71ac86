package dev.tradedesk.adapter.websocket.market;

import dev.tradedesk.application.sessions.port.in.AccessGrant;
import dev.tradedesk.application.sessions.port.in.AccessGrantQuery;
import dev.tradedesk.application.sessions.port.out.InvalidAccessTokenException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import java.nio.charset.StandardCharsets;

/**
 * Authenticates the {@code /ws/ticker} handshake: the access token comes from {@code Authorization:
 * Bearer} or, for browsers (whose WebSocket API cannot set headers), the {@code access_token} query
 * parameter. No valid token: 401 with {@code WWW-Authenticate: Bearer}; a token without
 * {@code ticker:subscribe}: 403. The grant is kept with the connection, which is closed when it
 * expires or is revoked.
 */
public final class TickerHandshakeInterceptor implements HandshakeInterceptor {

    public static final String PERMISSION = "ticker:subscribe";
    static final String GRANT = AccessGrant.class.getName();
    private static final String BEARER = "Bearer ";

    private final AccessGrantQuery grants;

    public TickerHandshakeInterceptor(AccessGrantQuery grants) {
        this.grants = grants;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        String token = token(request);
        if (token == null) {
            return refuse(response, HttpStatus.UNAUTHORIZED, "Bearer realm=\"tradedesk\"");
        }
        AccessGrant grant;
        try {
            grant = grants.grant(token);
        } catch (InvalidAccessTokenException e) {
            return refuse(response, HttpStatus.UNAUTHORIZED,
                    "Bearer realm=\"tradedesk\", error=\"invalid_token\", error_description=\"the access token is not valid\"");
        }
        if (!grant.actor().can(PERMISSION)) {
            return refuse(response, HttpStatus.FORBIDDEN,
                    "Bearer realm=\"tradedesk\", error=\"insufficient_scope\", scope=\"" + PERMISSION + "\"");
        }
        attributes.put(GRANT, grant);
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    private static String token(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = header.substring(BEARER.length()).strip();
            return token.isEmpty() ? null : token;
        }
        String query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("access_token");
        if (query == null || query.isBlank()) {
            return null;
        }
        return UriUtils.decode(query, StandardCharsets.UTF_8);
    }

    private static boolean refuse(ServerHttpResponse response, HttpStatus status, String challenge) {
        response.setStatusCode(status);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return false;
    }
}

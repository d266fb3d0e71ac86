package dev.tradedesk.adapter.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's {@link DefaultBearerTokenResolver}, with its common case answered without a regular
 * expression: an {@code Authorization: Bearer <token>} header whose token has only the RFC 6750
 * characters, on a request that cannot also carry an {@code access_token} parameter, yields the token
 * as the default resolver would. Every other request (no header, a malformed one, a possible second
 * token in a parameter) goes to the default resolver, so its answers and errors are unchanged.
 * The default's case-insensitive pattern was about a tenth of an authenticated {@code GET}'s CPU
 * (JFR, bench/findings.md, figure 2).
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

    private static final String PREFIX = "Bearer ";
    private static final String ACCESS_TOKEN_PARAMETER = "access_token";
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String token = wellFormedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null || mayCarryParameterToken(request)) {
            return standard.resolve(request);
        }
        return token;
    }

    /** The token of {@code Bearer <b64token>} (RFC 6750, 2.1), or null when the header is not exactly that. */
    static String wellFormedToken(String header) {
        if (header == null || header.length() <= PREFIX.length()
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        int end = header.length();
        while (end > PREFIX.length() && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == PREFIX.length()) {
            return null;
        }
        for (int i = PREFIX.length(); i < end; i++) {
            if (!isTokenChar(header.charAt(i))) {
                return null;
            }
        }
        return header.substring(PREFIX.length());
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    /** Where the default resolver also looks for {@code access_token} (GET and form posts). */
    private static boolean mayCarryParameterToken(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.regionMatches(true, 0, FORM, 0, FORM.length())) {
            return true;
        }
        return "GET".equals(request.getMethod()) && request.getParameterValues(ACCESS_TOKEN_PARAMETER) != null;
    }
}

package dev.tradedesk.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class HeaderBearerTokenResolverTest {

    private static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_~+/";

    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();
    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Test
    void answers_every_request_as_spring_securitys_default_resolver_does() {
        List<String> headers = List.of("Bearer " + TOKEN, "bearer " + TOKEN, "BEARER " + TOKEN, "Bearer " + TOKEN + "==",
                "Bearer abc=", "Bearer =", "Bearer ", "Bearer", "Bearer  " + TOKEN, "Bearer " + TOKEN + " ",
                "Bearer to ken", "Bearer tok%en", "Bearer a=b", "Basic dXNlcjpwYXNz", "Bearerx " + TOKEN, "", "Bearer é");
        int compared = 0;
        for (String method : List.of("GET", "POST", "DELETE")) {
            for (String header : withNone(headers)) {
                for (String parameter : new String[] {null, TOKEN}) {
                    for (String contentType : new String[] {null, "application/json", "application/x-www-form-urlencoded"}) {
                        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/users/me");
                        if (header != null) {
                            request.addHeader("Authorization", header);
                        }
                        if (parameter != null) {
                            request.addParameter("access_token", parameter);
                        }
                        if (contentType != null) {
                            request.setContentType(contentType);
                        }
                        String what = method + " " + header + " param=" + parameter + " " + contentType;
                        Object expected = outcome(() -> standard.resolve(request));
                        assertThat(outcome(() -> resolver.resolve(request))).as(what).isEqualTo(expected);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(3 * (headers.size() + 1) * 2 * 3);
    }

    @Test
    void reads_a_well_formed_header_token_without_the_default_resolver() {
        assertThat(HeaderBearerTokenResolver.wellFormedToken("Bearer " + TOKEN)).isEqualTo(TOKEN);
        assertThat(HeaderBearerTokenResolver.wellFormedToken("bearer abc==")).isEqualTo("abc==");
        assertThat(HeaderBearerTokenResolver.wellFormedToken("Bearer a b")).isNull();
        assertThat(HeaderBearerTokenResolver.wellFormedToken("Bearer ==")).isNull();
        assertThat(HeaderBearerTokenResolver.wellFormedToken("Token abc")).isNull();
        assertThat(HeaderBearerTokenResolver.wellFormedToken(null)).isNull();
    }

    private static List<String> withNone(List<String> headers) {
        List<String> all = new ArrayList<>(headers);
        all.add(null);
        return all;
    }

    /** The token, or the class and message of what was thrown. */
    private static Object outcome(java.util.function.Supplier<String> resolve) {
        Throwable thrown = catchThrowable(resolve::get);
        return thrown == null ? String.valueOf(resolve.get()) : thrown.getClass().getName() + ": " + thrown.getMessage();
    }
}

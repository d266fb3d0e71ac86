package dev.tradedesk.adapter.rest.common;

import dev.tradedesk.domain.sessions.ClientInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * The caller's address and user agent. The address is the servlet container's remote address, which
 * the container sets from {@code X-Forwarded-For} only for trusted proxies (server.forward-headers-strategy).
 */
public final class ClientInfos {

    private ClientInfos() {
    }

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}

package dev.tradedesk.domain.sessions;

/**
 * Where a request came from, as far as the edge can tell: shown to the user in session lists and
 * login history. Both parts are optional and truncated to a sane length.
 */
public record ClientInfo(String ip, String userAgent) {

    private static final int MAX_IP = 64;
    private static final int MAX_USER_AGENT = 512;

    public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

    public ClientInfo {
        ip = truncate(ip, MAX_IP);
        userAgent = truncate(userAgent, MAX_USER_AGENT);
    }

    private static String truncate(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}

package dev.tradedesk.adapter.rest.sessions;

/** Optional body of a logout: {@code {"all_sessions": true}} ends every session of the user. */
public record LogoutRequest(Boolean allSessions) {
}

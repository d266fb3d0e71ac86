package dev.tradedesk.adapter.rest.roles;

/** The answer of a permission check: {@code {"allowed": true}}. */
public record AllowedResponse(boolean allowed) {
}

package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.common.Actor;

/** Reads of accounts. */
public interface AccountQuery {

    /**
     * Users whose email or name contains {@code query} (null: all), by email; needs {@code users:read}.
     *
     * @param limit 1..200; {@code offset} >= 0 (400 otherwise)
     */
    UserPage users(Actor actor, int offset, int limit, String query);

    /** One user: self, or {@code users:read}; anybody else's id is a 404 whether it exists or not. */
    UserProfile user(Actor actor, java.util.UUID userId);

    /** The calling user's own profile. */
    UserProfile me(Actor actor);

    /**
     * The caller's sign-in attempts, newest first.
     *
     * @param limit  1..200 (API.md pagination)
     * @param cursor the {@code next_cursor} of the previous page, or null for the first
     * @throws dev.tradedesk.domain.common.ValidationException for a limit out of range or a foreign cursor
     */
    LoginHistoryPage loginHistory(Actor actor, int limit, String cursor);
}

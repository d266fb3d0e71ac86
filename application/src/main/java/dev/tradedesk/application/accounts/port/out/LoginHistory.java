package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.LoginEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Each account's sign-in attempts. */
public interface LoginHistory {

    void record(LoginEvent event);

    /**
     * The user's events newest first (ties broken by id, descending), strictly before the position
     * {@code (beforeAt, beforeId)} when given; at most {@code limit}.
     */
    List<LoginEvent> newestFirst(UUID userId, Instant beforeAt, UUID beforeId, int limit);
}

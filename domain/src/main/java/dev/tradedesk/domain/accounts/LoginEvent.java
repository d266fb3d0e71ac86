package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.Timestamps;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One sign-in attempt on an existing account: when, from where, how, and whether it succeeded. */
public record LoginEvent(UUID id, UUID userId, Instant at, ClientInfo client, LoginMethod method, boolean success) {

    public LoginEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(method, "method");
        at = Timestamps.stored(Objects.requireNonNull(at, "at"));
    }
}

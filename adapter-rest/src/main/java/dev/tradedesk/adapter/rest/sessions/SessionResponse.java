package dev.tradedesk.adapter.rest.sessions;

import java.time.Instant;
import java.util.UUID;

public record SessionResponse(UUID id, Instant createdAt, Instant lastUsedAt, String ip, String userAgent,
                              boolean current) {
}

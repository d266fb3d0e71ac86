package dev.tradedesk.application.sessions.port.in;

import java.time.Instant;
import java.util.UUID;

/** A session as its owner sees it; {@code current} marks the session of the asking token. */
public record SessionView(UUID id, Instant createdAt, Instant lastUsedAt, String ip, String userAgent,
                          boolean current) {
}

package dev.tradedesk.application.sessions.port.out;

import dev.tradedesk.domain.sessions.Session;
import dev.tradedesk.domain.sessions.TokenSubject;
import java.time.Instant;
import java.util.Objects;

/**
 * A refresh token as stored: its session, when it was rotated ({@code null} while it is the current
 * one), and the session holder's authorization as of now.
 */
public record RefreshTokenRecord(Session session, Instant rotatedAt, TokenSubject subject) {

    public RefreshTokenRecord {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(subject, "subject");
    }

    public boolean isCurrent() {
        return rotatedAt == null;
    }
}

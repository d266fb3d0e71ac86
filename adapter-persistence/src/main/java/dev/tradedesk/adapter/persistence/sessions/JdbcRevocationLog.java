package dev.tradedesk.adapter.persistence.sessions;

import dev.tradedesk.application.sessions.port.out.RevocationLog;
import dev.tradedesk.domain.sessions.Revocation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Revocations in {@code token_revocations}, until the last access token they could affect has expired. */
public final class JdbcRevocationLog implements RevocationLog {

    private final JdbcClient jdbc;

    public JdbcRevocationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<Revocation> revocations) {
        for (Revocation r : revocations) {
            jdbc.sql("""
                    insert into token_revocations (session_id, user_id, min_version, created_at, expires_at)
                    values (:sessionId, :userId, :minVersion, now(), :expiresAt)
                    """)
                    .param("sessionId", r.sessionId())
                    .param("userId", r.userId())
                    .param("minVersion", r.isSession() ? null : r.minVersion())
                    .param("expiresAt", Timestamp.from(r.expiresAt()))
                    .update();
        }
    }

    @Override
    public List<Revocation> active(Instant now) {
        return jdbc.sql("select session_id, user_id, min_version, expires_at from token_revocations where expires_at > :now")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> {
                    UUID session = rs.getObject("session_id", UUID.class);
                    Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
                    return session != null
                            ? Revocation.ofSession(session, expiresAt)
                            : Revocation.ofUser(rs.getObject("user_id", UUID.class), rs.getLong("min_version"), expiresAt);
                })
                .list();
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbc.sql("delete from token_revocations where expires_at <= :now").param("now", Timestamp.from(now)).update();
    }
}

package dev.tradedesk.adapter.persistence.sessions;

import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.Session;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions in {@code sessions}; only the refresh token's hash is ever stored. */
public final class JdbcSessionRepository implements SessionRepository {

    private final JdbcClient jdbc;

    public JdbcSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Session session) {
        jdbc.sql("""
                insert into sessions (id, user_id, refresh_token_hash, created_at, last_used_at, expires_at, ip, user_agent)
                values (:id, :userId, :hash, :createdAt, :lastUsedAt, :expiresAt, :ip, :userAgent)
                """)
                .param("id", session.id())
                .param("userId", session.userId())
                .param("hash", session.refreshTokenHash())
                .param("createdAt", Timestamp.from(session.createdAt()))
                .param("lastUsedAt", Timestamp.from(session.lastUsedAt()))
                .param("expiresAt", Timestamp.from(session.expiresAt()))
                .param("ip", session.client().ip())
                .param("userAgent", session.client().userAgent())
                .update();
    }
}

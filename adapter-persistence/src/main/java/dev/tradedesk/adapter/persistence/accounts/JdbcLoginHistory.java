package dev.tradedesk.adapter.persistence.accounts;

import dev.tradedesk.application.accounts.port.out.LoginHistory;
import dev.tradedesk.domain.accounts.LoginEvent;
import dev.tradedesk.domain.accounts.LoginMethod;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in attempts in {@code login_events}, deleted with their user. Pages are read by keyset on the
 * index {@code (user_id, at desc, id desc)}, so a deep page costs what the first one does.
 */
public final class JdbcLoginHistory implements LoginHistory {

    private final JdbcClient jdbc;

    public JdbcLoginHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(LoginEvent event) {
        jdbc.sql("""
                insert into login_events (id, user_id, at, ip, user_agent, method, success)
                values (:id, :userId, :at, :ip, :userAgent, :method, :success)
                """)
                .param("id", event.id())
                .param("userId", event.userId())
                .param("at", Timestamp.from(event.at()))
                .param("ip", event.client().ip())
                .param("userAgent", event.client().userAgent())
                .param("method", event.method().wireName())
                .param("success", event.success())
                .update();
    }

    @Override
    public List<LoginEvent> newestFirst(UUID userId, Instant beforeAt, UUID beforeId, int limit) {
        String position = beforeAt == null ? "" : " and (at, id) < (:beforeAt, :beforeId)";
        var query = jdbc.sql("select id, user_id, at, ip, user_agent, method, success from login_events"
                        + " where user_id = :userId" + position + " order by at desc, id desc limit :limit")
                .param("userId", userId)
                .param("limit", limit);
        if (beforeAt != null) {
            query = query.param("beforeAt", Timestamp.from(beforeAt)).param("beforeId", beforeId);
        }
        return query.query((rs, row) -> new LoginEvent(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("at").toInstant(),
                        new ClientInfo(rs.getString("ip"), rs.getString("user_agent")),
                        LoginMethod.fromWireName(rs.getString("method")),
                        rs.getBoolean("success")))
                .list();
    }
}

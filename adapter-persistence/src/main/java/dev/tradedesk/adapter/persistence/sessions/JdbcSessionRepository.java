package dev.tradedesk.adapter.persistence.sessions;

import dev.tradedesk.application.sessions.port.out.RefreshTokenRecord;
import dev.tradedesk.application.sessions.port.out.RefreshTokenUse;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.Session;
import dev.tradedesk.domain.sessions.TokenSubject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions in {@code sessions}, their refresh tokens (hashes only) in {@code refresh_tokens}.
 * A refresh token's use is one statement (lookup, conditional rotation, the session's last use); the
 * other writes expect a surrounding transaction.
 */
public final class JdbcSessionRepository implements SessionRepository {

    private static final String SESSION_COLUMNS =
            "s.id, s.user_id, s.created_at, s.last_used_at, s.expires_at, s.ip, s.user_agent, s.revoked_at";

    /**
     * Every refresh: the lookup, the conditional rotation, the new token and the session's last use in one
     * statement (see {@link #present}). A constant with parameters by position, in the order they appear:
     * now, presented, now, next, now, now, presented (no named-parameter parsing per refresh, and the
     * driver's statement cache finds it by the same string).
     */
    private static final String PRESENT = """
            with rotated as (
                update refresh_tokens t set rotated_at = ?
                where t.token_hash = ? and t.rotated_at is null
                  and exists (select 1 from sessions s where s.id = t.session_id
                              and s.revoked_at is null and s.expires_at > ?)
                returning t.session_id
            ), issued as (
                insert into refresh_tokens (token_hash, session_id, issued_at)
                select ?, session_id, ? from rotated
            ), used as (
                update sessions set last_used_at = ? where id = (select session_id from rotated)
            )
            select""" + " " + SESSION_COLUMNS + """
            , t.rotated_at, u.authz_version,
                   coalesce(array(select ur.role_name from user_roles ur where ur.user_id = u.id), '{}') as roles,
                   coalesce(array(select distinct rp.permission from user_roles ur
                                  join role_permissions rp on rp.role_name = ur.role_name
                                  where ur.user_id = u.id), '{}') as permissions,
                   exists (select 1 from rotated) as rotated
            from refresh_tokens t
            join sessions s on s.id = t.session_id
            join users u on u.id = s.user_id
            where t.token_hash = ?
            """;

    private final JdbcClient jdbc;

    public JdbcSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Session session, byte[] refreshTokenHash) {
        jdbc.sql("""
                insert into sessions (id, user_id, created_at, last_used_at, expires_at, ip, user_agent)
                values (:id, :userId, :createdAt, :lastUsedAt, :expiresAt, :ip, :userAgent)
                """)
                .param("id", session.id())
                .param("userId", session.userId())
                .param("createdAt", Timestamp.from(session.createdAt()))
                .param("lastUsedAt", Timestamp.from(session.lastUsedAt()))
                .param("expiresAt", Timestamp.from(session.expiresAt()))
                .param("ip", session.client().ip())
                .param("userAgent", session.client().userAgent())
                .update();
        jdbc.sql("insert into refresh_tokens (token_hash, session_id, issued_at) values (:hash, :sessionId, :at)")
                .param("hash", refreshTokenHash)
                .param("sessionId", session.id())
                .param("at", Timestamp.from(session.createdAt()))
                .update();
    }

    /**
     * One statement, so one round trip and atomic without a transaction around it. Its data-modifying
     * parts run once whether or not the final select reads them, and all of it sees one snapshot: the
     * select returns the token and session as they were before this use. Of concurrent statements with
     * the same token, the update's {@code rotated_at is null} lets one through: the others wait for its
     * row lock, find the condition false on the row it committed, and rotate nothing.
     */
    @Override
    public Optional<RefreshTokenUse> present(byte[] presented, byte[] next, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql(PRESENT)
                .param(at).param(presented).param(at).param(next).param(at).param(at).param(presented)
                .query((rs, row) -> new RefreshTokenUse(new RefreshTokenRecord(session(rs), instant(rs, "rotated_at"),
                        new TokenSubject(rs.getObject("user_id", UUID.class), strings(rs.getArray("roles")),
                                strings(rs.getArray("permissions")), rs.getLong("authz_version"))),
                        rs.getBoolean("rotated")))
                .optional();
    }

    @Override
    public boolean revoke(UUID sessionId, String reason, Instant now) {
        return jdbc.sql("""
                update sessions set revoked_at = :now, revoked_reason = :reason
                where id = :id and revoked_at is null and expires_at > :now
                """)
                .param("now", Timestamp.from(now))
                .param("reason", reason)
                .param("id", sessionId)
                .update() == 1;
    }

    @Override
    public List<UUID> revokeAllOf(UUID userId, UUID keep, String reason, Instant now) {
        return jdbc.sql("""
                update sessions set revoked_at = :now, revoked_reason = :reason
                where user_id = :userId and revoked_at is null and expires_at > :now
                  and (cast(:keep as uuid) is null or id <> cast(:keep as uuid))
                returning id
                """)
                .param("now", Timestamp.from(now))
                .param("reason", reason)
                .param("userId", userId)
                .param("keep", keep)
                .query(UUID.class)
                .list();
    }

    @Override
    public Optional<Session> find(UUID sessionId) {
        return jdbc.sql("select " + SESSION_COLUMNS + " from sessions s where s.id = :id")
                .param("id", sessionId)
                .query((rs, row) -> session(rs))
                .optional();
    }

    @Override
    public List<Session> activeOf(UUID userId, Instant now) {
        return jdbc.sql("select " + SESSION_COLUMNS + """
                 from sessions s
                where s.user_id = :userId and s.revoked_at is null and s.expires_at > :now
                order by s.created_at desc, s.id
                """)
                .param("userId", userId)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> session(rs))
                .list();
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                instant(rs, "expires_at"),
                new ClientInfo(rs.getString("ip"), rs.getString("user_agent")),
                instant(rs, "revoked_at"));
    }

    private static Set<String> strings(Array array) throws SQLException {
        try {
            return Set.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

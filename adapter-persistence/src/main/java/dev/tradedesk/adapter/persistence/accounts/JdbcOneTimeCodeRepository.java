package dev.tradedesk.adapter.persistence.accounts;

import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.OneTimeCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One-time codes in {@code one_time_codes}, one row per email and purpose. Each method is a single
 * statement, atomic on its own: counting an attempt is a conditional {@code update ... returning} on the
 * row, which PostgreSQL serialises on the row lock and re-checks after a concurrent update, so parallel
 * attempts cannot count past the limit; consuming is a {@code delete} that only one caller can win.
 */
public final class JdbcOneTimeCodeRepository implements OneTimeCodeRepository {

    private final JdbcClient jdbc;

    public JdbcOneTimeCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(OneTimeCode code) {
        jdbc.sql("""
                insert into one_time_codes (id, email, purpose, salt, code_hash, attempts, created_at, expires_at)
                values (:id, :email, :purpose, :salt, :hash, :attempts, :createdAt, :expiresAt)
                on conflict (email, purpose) do update
                set id = excluded.id, salt = excluded.salt, code_hash = excluded.code_hash,
                    attempts = excluded.attempts, created_at = excluded.created_at, expires_at = excluded.expires_at
                """)
                .param("id", code.id())
                .param("email", code.email().value())
                .param("purpose", code.purpose().key())
                .param("salt", code.salt())
                .param("hash", code.hash())
                .param("attempts", code.attempts())
                .param("createdAt", Timestamp.from(code.createdAt()))
                .param("expiresAt", Timestamp.from(code.expiresAt()))
                .update();
    }

    @Override
    public Optional<OneTimeCode> countAttempt(EmailAddress email, CodePurpose purpose, Instant now) {
        return jdbc.sql("""
                update one_time_codes set attempts = attempts + 1
                where email = :email and purpose = :purpose and expires_at > :now and attempts < :maxAttempts
                returning id, email, purpose, salt, code_hash, attempts, created_at, expires_at
                """)
                .param("email", email.value())
                .param("purpose", purpose.key())
                .param("now", Timestamp.from(now))
                .param("maxAttempts", OneTimeCode.MAX_ATTEMPTS)
                .query(JdbcOneTimeCodeRepository::toCode)
                .optional();
    }

    @Override
    public boolean consume(UUID codeId) {
        return jdbc.sql("delete from one_time_codes where id = :id").param("id", codeId).update() == 1;
    }

    @Override
    public int deleteAll(EmailAddress email) {
        return jdbc.sql("delete from one_time_codes where email = :email").param("email", email.value()).update();
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbc.sql("delete from one_time_codes where expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }

    private static OneTimeCode toCode(ResultSet rs, int row) throws SQLException {
        return OneTimeCode.restore(
                rs.getObject("id", UUID.class),
                new EmailAddress(rs.getString("email")),
                CodePurpose.ofKey(rs.getString("purpose")),
                rs.getBytes("salt"),
                rs.getBytes("code_hash"),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}

package dev.tradedesk.adapter.persistence.sessions;

import dev.tradedesk.application.sessions.port.out.SigningKeyRepository;
import dev.tradedesk.application.sessions.port.out.StoredSigningKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing keys in {@code signing_keys}; key management is serialised with a transaction-scoped advisory lock. */
public final class JdbcSigningKeyRepository implements SigningKeyRepository {

    /** An arbitrary, fixed advisory-lock id for signing-key management. */
    private static final long LOCK_ID = 0x7d_51_6e_4b_65_79_73L;

    private final JdbcClient jdbc;

    public JdbcSigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:id)").param("id", LOCK_ID).query((rs, row) -> 1).single();
    }

    @Override
    public List<StoredSigningKey> trusted(Instant now) {
        return jdbc.sql("""
                select kid, sealed_private, public_jwk, created_at, activates_at, retires_at from signing_keys
                where retires_at is null or retires_at > :now
                order by activates_at desc, kid
                """)
                .param("now", Timestamp.from(now))
                .query(JdbcSigningKeyRepository::key)
                .list();
    }

    @Override
    public void insert(StoredSigningKey key) {
        jdbc.sql("""
                insert into signing_keys (kid, sealed_private, public_jwk, created_at, activates_at, retires_at)
                values (:kid, :sealed, :jwk, :createdAt, :activatesAt, :retiresAt)
                """)
                .param("kid", key.kid())
                .param("sealed", key.sealedPrivateKey())
                .param("jwk", key.publicJwk())
                .param("createdAt", Timestamp.from(key.createdAt()))
                .param("activatesAt", Timestamp.from(key.activatesAt()))
                .param("retiresAt", key.retiresAt() == null ? null : Timestamp.from(key.retiresAt()))
                .update();
    }

    @Override
    public void retire(String kid, Instant retiresAt) {
        jdbc.sql("update signing_keys set retires_at = :at where kid = :kid")
                .param("at", Timestamp.from(retiresAt))
                .param("kid", kid)
                .update();
    }

    private static StoredSigningKey key(ResultSet rs, int row) throws SQLException {
        Timestamp retires = rs.getTimestamp("retires_at");
        return new StoredSigningKey(rs.getString("kid"), rs.getBytes("sealed_private"), rs.getString("public_jwk"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("activates_at").toInstant(),
                retires == null ? null : retires.toInstant());
    }
}

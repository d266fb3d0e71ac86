package dev.tradedesk.adapter.persistence.orders;

import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency keys in {@code idempotency_keys}, one row per user and key. */
public final class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    public JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(UUID userId, String key, String fingerprint, UUID token, Instant now, Instant leaseUntil,
                         Instant expiredBefore) {
        return jdbc.sql("""
                insert into idempotency_keys (user_id, key, fingerprint, claim_token, order_id, lease_until, created_at)
                values (:user, :key, :fingerprint, :token, null, :leaseUntil, :now)
                on conflict (user_id, key) do update
                    set fingerprint = excluded.fingerprint, claim_token = excluded.claim_token, order_id = null,
                        lease_until = excluded.lease_until,
                        created_at = case when idempotency_keys.created_at < :expiredBefore then excluded.created_at
                                          else idempotency_keys.created_at end
                    where idempotency_keys.created_at < :expiredBefore
                       or (idempotency_keys.order_id is null and idempotency_keys.lease_until < :now
                           and idempotency_keys.fingerprint = excluded.fingerprint)
                """)
                .param("user", userId)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("token", token)
                .param("leaseUntil", Timestamp.from(leaseUntil))
                .param("now", Timestamp.from(now))
                .param("expiredBefore", Timestamp.from(expiredBefore))
                .update() == 1;
    }

    @Override
    public Optional<Entry> find(UUID userId, String key) {
        return jdbc.sql("""
                select fingerprint, order_id, lease_until, created_at from idempotency_keys
                where user_id = :user and key = :key
                """)
                .param("user", userId)
                .param("key", key)
                .query((rs, n) -> new Entry(rs.getString("fingerprint"),
                        Optional.ofNullable(rs.getObject("order_id", UUID.class)),
                        rs.getTimestamp("lease_until").toInstant(), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    @Override
    public boolean complete(UUID userId, String key, UUID token, UUID orderId) {
        return jdbc.sql("""
                update idempotency_keys set order_id = :order
                where user_id = :user and key = :key and claim_token = :token and order_id is null
                """)
                .param("order", orderId)
                .param("user", userId)
                .param("key", key)
                .param("token", token)
                .update() == 1;
    }

    @Override
    public void release(UUID userId, String key, UUID token) {
        jdbc.sql("""
                delete from idempotency_keys
                where user_id = :user and key = :key and claim_token = :token and order_id is null
                """)
                .param("user", userId)
                .param("key", key)
                .param("token", token)
                .update();
    }

    @Override
    public int purgeCreatedBefore(Instant before) {
        return jdbc.sql("delete from idempotency_keys where created_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}

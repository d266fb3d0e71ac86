package dev.tradedesk.adapter.persistence.orders;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.adapter.persistence.wallets.JdbcWalletRepository;
import dev.tradedesk.application.orders.OrderStoreContract;
import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import dev.tradedesk.application.orders.port.out.OrderRepository;
import java.time.Instant;
import java.util.UUID;

class JdbcOrderStoreTest extends OrderStoreContract {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcOrderRepository orders = new JdbcOrderRepository(db.jdbc());
    private final JdbcIdempotencyKeys keys = new JdbcIdempotencyKeys(db.jdbc());

    @Override
    protected OrderRepository orders() {
        return orders;
    }

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }

    @Override
    protected UUID newUserWithWallet() {
        UUID id = UUID.randomUUID();
        db.jdbc().sql("insert into users (id, email, created_at, updated_at) values (:id, :email, now(), now())")
                .param("id", id)
                .param("email", "orders-" + id + "@example.com")
                .update();
        new JdbcWalletRepository(db.jdbc()).createIfAbsent(id, "USDT", Instant.now());
        return id;
    }

    @Override
    protected void inTransaction(Runnable work) {
        db.tx().inTransaction(work);
    }
}

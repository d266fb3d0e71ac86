package dev.tradedesk.application.orders;

import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import dev.tradedesk.application.orders.port.out.OrderRepository;
import java.util.UUID;

class InMemoryOrderStoreTest extends OrderStoreContract {

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();

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
        return UUID.randomUUID();
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}

package dev.tradedesk.application.common;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A transaction runner for in-memory adapters: one lock around every unit of work, which makes any
 * interleaving serial (and so serializable). It does not roll back: the in-memory adapters validate
 * before they write.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T serializable(Supplier<T> work) {
        return inTransaction(work);
    }
}

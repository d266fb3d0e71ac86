package dev.tradedesk.application.common.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is committed, or none of it. No remote call
 * (market data, Redis, mail) belongs inside the work.
 */
public interface TransactionRunner {

    /** READ COMMITTED, the default isolation. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * SERIALIZABLE isolation; the work is retried, with jittered backoff, when the database aborts it
     * for a serialization failure or a deadlock, so it must have no side effects outside the transaction.
     */
    <T> T serializable(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

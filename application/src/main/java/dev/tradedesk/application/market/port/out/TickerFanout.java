package dev.tradedesk.application.market.port.out;

import dev.tradedesk.domain.market.PriceTick;
import java.util.function.Consumer;

/**
 * Delivers ticks to every node of the cluster (Redis pub/sub in production): the node that holds the
 * upstream stream publishes, every node, itself included, receives. Delivery is at most once and may
 * drop ticks while the bus is down; ticks are only ever superseded by newer ones, so nothing is lost
 * that the next tick does not repair.
 */
public interface TickerFanout {

    /**
     * Hands the tick to the bus without waiting for the receivers.
     *
     * @throws FanoutUnavailableException when the bus cannot take it now
     */
    void publish(PriceTick tick);

    /**
     * Calls {@code listener} with every tick published by any node from now on, on the bus's receiving
     * thread: the listener must not block. A listener that throws keeps the tick from nobody else (the bus
     * logs and carries on). Closing the subscription stops the calls.
     */
    Subscription subscribe(Consumer<PriceTick> listener);

    /** A registration with the bus. */
    interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}

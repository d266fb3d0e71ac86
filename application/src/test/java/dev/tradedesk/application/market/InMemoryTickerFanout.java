package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.out.FanoutUnavailableException;
import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.domain.market.PriceTick;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A tick bus within one JVM: every subscriber (one per simulated node) gets every publication, on the
 * publisher's thread. It can be cut, to show what happens while the bus is down, and restored. A
 * listener that throws is skipped, as on a real bus: the other listeners and the publisher never see it.
 */
public final class InMemoryTickerFanout implements TickerFanout {

    private final List<Consumer<PriceTick>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean connected = true;

    @Override
    public void publish(PriceTick tick) {
        if (!connected) {
            throw new FanoutUnavailableException("the in-memory bus is disconnected", null);
        }
        for (Consumer<PriceTick> listener : listeners) {
            try {
                listener.accept(tick);
            } catch (RuntimeException e) {
                // a broken receiver is its own problem; the bus carries on
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<PriceTick> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void disconnect() {
        connected = false;
    }

    public void reconnect() {
        connected = true;
    }

    public int subscriberCount() {
        return listeners.size();
    }
}

package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.RevocationBus;
import dev.tradedesk.domain.sessions.Revocation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bus within one JVM: every subscriber (one per simulated node) gets every publication. It can be
 * cut, to show what a node misses while its connection is down, and restored.
 */
public final class InMemoryRevocationBus implements RevocationBus {

    private record Subscriber(Consumer<Revocation> listener, Runnable onResubscribed) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean connected = true;

    @Override
    public void publish(List<Revocation> revocations) {
        if (connected) {
            subscribers.forEach(s -> revocations.forEach(s.listener()));
        }
    }

    @Override
    public void subscribe(Consumer<Revocation> listener, Runnable onResubscribed) {
        subscribers.add(new Subscriber(listener, onResubscribed));
    }

    public void disconnect() {
        connected = false;
    }

    /** Reconnects and tells every subscriber, as a real bus does after an outage. */
    public void reconnect() {
        connected = true;
        subscribers.forEach(s -> s.onResubscribed().run());
    }
}

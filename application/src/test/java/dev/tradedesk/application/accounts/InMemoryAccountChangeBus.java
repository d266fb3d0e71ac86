package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.AccountChangeBus;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bus within one JVM: every subscriber (one per simulated node) gets every announcement, and is told
 * it is subscribed at once. It can be cut and restored, and it can hold announcements back, as a slow
 * network would, until {@link #deliverHeld}.
 */
public final class InMemoryAccountChangeBus implements AccountChangeBus {

    private record Subscriber(Consumer<UUID> listener, Runnable onSubscribed, Runnable onLost) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<UUID> held = new CopyOnWriteArrayList<>();
    private final List<UUID> published = new CopyOnWriteArrayList<>();
    private volatile boolean connected = true;
    private volatile boolean holding;

    /** A cache over {@code accounts} on this bus, started, as a node has it. */
    public static AccountProfileCache cacheOn(InMemoryAccountChangeBus bus, InMemoryAccountRepository accounts) {
        AccountProfileCache cache = new AccountProfileCache(accounts, bus, 1_000, Duration.ofSeconds(10), System::nanoTime);
        cache.start();
        return cache;
    }

    @Override
    public void publish(UUID userId) {
        published.add(userId);
        if (!connected) {
            return;
        }
        if (holding) {
            held.add(userId);
        } else {
            subscribers.forEach(s -> s.listener().accept(userId));
        }
    }

    @Override
    public void subscribe(Consumer<UUID> listener, Runnable onSubscribed, Runnable onLost) {
        Subscriber subscriber = new Subscriber(listener, onSubscribed, onLost);
        subscribers.add(subscriber);
        if (connected) {
            onSubscribed.run();
        }
    }

    /** Every announcement so far, delivered or not. */
    public List<UUID> published() {
        return List.copyOf(published);
    }

    public void disconnect() {
        connected = false;
        subscribers.forEach(s -> s.onLost().run());
    }

    public void reconnect() {
        connected = true;
        subscribers.forEach(s -> s.onSubscribed().run());
    }

    public void hold() {
        holding = true;
    }

    public void deliverHeld() {
        holding = false;
        held.forEach(id -> subscribers.forEach(s -> s.listener().accept(id)));
        held.clear();
    }
}

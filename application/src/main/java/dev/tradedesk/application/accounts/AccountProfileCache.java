package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.AccountChangeBus;
import dev.tradedesk.application.accounts.port.out.AccountProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * This node's copies of accounts' own fields ({@link AccountRepository#findProfile}), for
 * {@code GET /users/me}, which would otherwise read the same row on every request.
 *
 * <p><b>Kept current.</b> Every service that changes those fields calls {@link #changed} once its
 * transaction has committed: the copy is dropped on this node at once, and on the others when the
 * {@link AccountChangeBus} delivers the announcement (Redis pub/sub: about a millisecond). Copies are
 * kept only while the bus's subscription is up: it is emptied when the subscription is lost and again
 * when it is back, since announcements may have been missed in between; meanwhile every read goes to
 * the database. A copy is also never older than {@code maxAge}, which bounds what an announcement lost
 * without a visible disconnection can cost.
 *
 * <p><b>No stale copy from a read that raced a change.</b> A read that started before a change
 * committed may return the old row after the change's announcement was handled. Each announcement moves
 * a generation counter before it drops the copy, and a read stores its row only if the generation is
 * still the one it saw before it read, checked and stored under the map's lock for that account, which
 * the drop also takes.
 */
public final class AccountProfileCache {

    private record Entry(AccountProfile profile, long loadedAtNanos) {
    }

    private final AccountRepository accounts;
    private final AccountChangeBus bus;
    private final int capacity;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean subscribed;

    /**
     * @param capacity at most this many copies (0: none, every read goes to the database; changes are
     *                 still announced, for the other nodes); when full the copies are dropped and refilled
     */
    public AccountProfileCache(AccountRepository accounts, AccountChangeBus bus, int capacity, Duration maxAge,
                               LongSupplier nanoTime) {
        if (capacity < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("capacity and maxAge must not be negative");
        }
        this.accounts = accounts;
        this.bus = bus;
        this.capacity = capacity;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * No copies and no announcements, every read from the store: for an application whose nodes keep no
     * copies at all (a single process embedding the services, docs/embedding.md). Where any node keeps
     * copies, every node needs the shared bus.
     */
    public static AccountProfileCache withoutCopies(AccountRepository accounts) {
        return new AccountProfileCache(accounts, NO_BUS, 0, Duration.ZERO, System::nanoTime);
    }

    private static final AccountChangeBus NO_BUS = new AccountChangeBus() {
        @Override
        public void publish(UUID userId) {
        }

        @Override
        public void subscribe(Consumer<UUID> listener, Runnable onSubscribed, Runnable onLost) {
        }
    };

    /** Subscribes to the announcements; copies are kept from the moment the subscription is up. */
    public void start() {
        bus.subscribe(this::drop, this::resubscribed, this::lost);
    }

    public Optional<AccountProfile> find(UUID userId) {
        if (capacity == 0 || !subscribed) {
            return accounts.findProfile(userId);
        }
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(userId);
        if (entry != null && now - entry.loadedAtNanos() < maxAgeNanos) {
            return Optional.of(entry.profile());
        }
        long before = generation.get();
        Optional<AccountProfile> found = accounts.findProfile(userId);
        found.ifPresent(profile -> remember(userId, new Entry(profile, now), before));
        return found;
    }

    /** The account's own fields changed or it was deleted, and that is committed: drop it here, tell the others. */
    public void changed(UUID userId) {
        drop(userId);
        bus.publish(userId);
    }

    /** How many copies this node holds. */
    public int size() {
        return entries.size();
    }

    private void remember(UUID userId, Entry entry, long before) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.compute(userId, (id, old) -> generation.get() == before ? entry : old);
    }

    private void drop(UUID userId) {
        generation.incrementAndGet();
        entries.remove(userId);
    }

    private void resubscribed() {
        generation.incrementAndGet();
        entries.clear();
        subscribed = true;
    }

    private void lost() {
        subscribed = false;
        generation.incrementAndGet();
        entries.clear();
    }
}

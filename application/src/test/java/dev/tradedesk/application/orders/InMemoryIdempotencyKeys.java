package dev.tradedesk.application.orders;

import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link IdempotencyKeys} in memory, for application tests; every method is atomic. */
public class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Stored(String fingerprint, UUID token, UUID orderId, Instant leaseUntil, Instant createdAt) {
    }

    private final Map<String, Stored> keys = new ConcurrentHashMap<>();

    private static String id(UUID userId, String key) {
        return userId + " " + key;
    }

    @Override
    public synchronized boolean claim(UUID userId, String key, String fingerprint, UUID token, Instant now,
                                      Instant leaseUntil, Instant expiredBefore) {
        Stored current = keys.get(id(userId, key));
        if (current == null || current.createdAt().isBefore(expiredBefore)) {
            keys.put(id(userId, key), new Stored(fingerprint, token, null, leaseUntil, now));
            return true;
        }
        if (current.orderId() == null && current.leaseUntil().isBefore(now) && current.fingerprint().equals(fingerprint)) {
            keys.put(id(userId, key), new Stored(fingerprint, token, null, leaseUntil, current.createdAt()));
            return true;
        }
        return false;
    }

    @Override
    public Optional<Entry> find(UUID userId, String key) {
        return Optional.ofNullable(keys.get(id(userId, key)))
                .map(s -> new Entry(s.fingerprint(), Optional.ofNullable(s.orderId()), s.leaseUntil(), s.createdAt()));
    }

    @Override
    public synchronized boolean complete(UUID userId, String key, UUID token, UUID orderId) {
        Stored current = keys.get(id(userId, key));
        if (current == null || current.orderId() != null || !current.token().equals(token)) {
            return false;
        }
        keys.put(id(userId, key), new Stored(current.fingerprint(), token, orderId, current.leaseUntil(),
                current.createdAt()));
        return true;
    }

    @Override
    public synchronized void release(UUID userId, String key, UUID token) {
        Stored current = keys.get(id(userId, key));
        if (current != null && current.orderId() == null && current.token().equals(token)) {
            keys.remove(id(userId, key));
        }
    }

    @Override
    public synchronized int purgeCreatedBefore(Instant before) {
        int before0 = keys.size();
        keys.values().removeIf(s -> s.createdAt().isBefore(before));
        return before0 - keys.size();
    }
}

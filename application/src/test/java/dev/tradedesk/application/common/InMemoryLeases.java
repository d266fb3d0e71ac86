package dev.tradedesk.application.common;

import dev.tradedesk.application.common.port.out.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Leases in a map, timed by the given clock; it can be made unreachable, like a Redis outage. */
public final class InMemoryLeases implements Leases {

    private record Lease(String holder, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Lease> leases = new HashMap<>();
    private volatile boolean reachable = true;

    public InMemoryLeases(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean acquire(String name, String holder, Duration ttl) {
        if (!reachable) {
            return false;
        }
        Instant now = clock.instant();
        Lease current = leases.get(name);
        if (current != null && current.expiresAt().isAfter(now) && !current.holder().equals(holder)) {
            return false;
        }
        leases.put(name, new Lease(holder, now.plus(ttl)));
        return true;
    }

    @Override
    public synchronized void release(String name, String holder) {
        if (reachable) {
            leases.computeIfPresent(name, (key, lease) -> lease.holder().equals(holder) ? null : lease);
        }
    }

    @Override
    public synchronized Optional<String> holder(String name) {
        if (!reachable) {
            return Optional.empty();
        }
        Lease current = leases.get(name);
        return current != null && current.expiresAt().isAfter(clock.instant())
                ? Optional.of(current.holder()) : Optional.empty();
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }
}

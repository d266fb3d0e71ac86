package dev.tradedesk.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.common.port.out.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Leases} must do; each implementation's test extends this. Lease names are unique per
 * test. An implementation timed by {@link #clock} lets time pass by moving it; one timed by its store
 * (Redis) waits, so the short time-to-live here is kept short.
 */
public abstract class LeasesContract {

    /** Long enough never to run out during a test. */
    protected static final Duration LONG = Duration.ofMinutes(5);
    /** Short enough to wait out. */
    protected static final Duration SHORT = Duration.ofMillis(300);

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private Leases leases;

    /** A lease store (one node's view of it) timed by {@code clock} or by itself. */
    protected abstract Leases newLeases(Clock clock);

    /** Lets {@code duration} pass for the store's leases: moves {@link #clock} or waits. */
    protected abstract void letTimePass(Duration duration) throws InterruptedException;

    @BeforeEach
    void createLeases() {
        leases = newLeases(clock);
    }

    protected Leases leases() {
        return leases;
    }

    protected static String uniqueName() {
        return "contract-lease-" + UUID.randomUUID();
    }

    @Test
    void a_free_lease_goes_to_the_first_holder_and_no_other() {
        String name = uniqueName();

        assertThat(leases.holder(name)).isEmpty();
        assertThat(leases.acquire(name, "node-a", LONG)).isTrue();
        assertThat(leases.acquire(name, "node-b", LONG)).isFalse();

        assertThat(leases.holder(name)).contains("node-a");
    }

    @Test
    void leases_of_different_names_are_independent() {
        String first = uniqueName();
        String second = uniqueName();

        assertThat(leases.acquire(first, "node-a", LONG)).isTrue();
        assertThat(leases.acquire(second, "node-b", LONG)).isTrue();

        assertThat(leases.holder(first)).contains("node-a");
        assertThat(leases.holder(second)).contains("node-b");
    }

    @Test
    void the_holder_renews_its_lease_for_the_new_time_to_live() throws InterruptedException {
        String name = uniqueName();
        assertThat(leases.acquire(name, "node-a", SHORT)).isTrue();

        assertThat(leases.acquire(name, "node-a", LONG)).as("renewed").isTrue();
        letTimePass(SHORT.multipliedBy(2));

        assertThat(leases.holder(name)).contains("node-a");
        assertThat(leases.acquire(name, "node-b", LONG)).isFalse();
    }

    @Test
    void a_lease_its_holder_stops_renewing_passes_to_another_holder_when_it_runs_out()
            throws InterruptedException {
        String name = uniqueName();
        assertThat(leases.acquire(name, "node-a", SHORT)).isTrue();

        letTimePass(SHORT.plusMillis(100));

        assertThat(leases.holder(name)).isEmpty();
        assertThat(leases.acquire(name, "node-b", LONG)).isTrue();
        assertThat(leases.holder(name)).contains("node-b");
        assertThat(leases.acquire(name, "node-a", LONG)).as("the former holder").isFalse();
    }

    @Test
    void only_the_holder_releases_a_lease() {
        String name = uniqueName();
        assertThat(leases.acquire(name, "node-a", LONG)).isTrue();

        leases.release(name, "node-b");
        assertThat(leases.holder(name)).as("released by somebody else").contains("node-a");

        leases.release(name, "node-a");
        assertThat(leases.holder(name)).isEmpty();
        assertThat(leases.acquire(name, "node-b", LONG)).isTrue();
    }

    @Test
    void releasing_a_lease_nobody_holds_does_nothing() {
        String name = uniqueName();

        leases.release(name, "node-a");

        assertThat(leases.holder(name)).isEmpty();
        assertThat(leases.acquire(name, "node-a", LONG)).isTrue();
    }
}

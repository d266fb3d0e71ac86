package dev.tradedesk.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.common.port.out.Leases;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryLeasesTest extends LeasesContract {

    @Override
    protected Leases newLeases(Clock clock) {
        return new InMemoryLeases(clock);
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void an_unreachable_store_grants_nothing_and_knows_no_holder() {
        InMemoryLeases fake = (InMemoryLeases) leases();
        String name = uniqueName();
        assertThat(fake.acquire(name, "node-a", LONG)).isTrue();

        fake.setReachable(false);
        assertThat(fake.acquire(name, "node-a", LONG)).as("not even the holder").isFalse();
        assertThat(fake.holder(name)).isEmpty();

        fake.setReachable(true);
        assertThat(fake.holder(name)).contains("node-a");
    }
}

package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.market.port.out.FanoutUnavailableException;
import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.domain.market.PriceTick;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The contract on the in-memory bus: every "node" is the same bus, as every node shares one Redis. */
class InMemoryTickerFanoutTest extends TickerFanoutContract {

    private final InMemoryTickerFanout bus = new InMemoryTickerFanout();

    @Override
    protected TickerFanout node() {
        return bus;
    }

    @Test
    void refuses_ticks_while_disconnected_and_delivers_again_once_reconnected() {
        List<PriceTick> received = new CopyOnWriteArrayList<>();
        bus.subscribe(received::add);
        PriceTick tick = tick("BTCUSDT", "1", Instant.parse("2026-11-21T10:00:00Z"));

        bus.disconnect();
        assertThatThrownBy(() -> bus.publish(tick)).isInstanceOf(FanoutUnavailableException.class);
        bus.reconnect();
        bus.publish(tick);

        assertThat(received).containsExactly(tick);
    }
}

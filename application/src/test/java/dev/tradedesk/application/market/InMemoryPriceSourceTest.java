package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.SymbolInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryPriceSourceTest extends PriceSourceContract {

    @Override
    protected PriceSource newSource(List<SymbolInfo> symbols, List<PriceTick> ticks) {
        return new InMemoryPriceSource(symbols, ticks);
    }

    @Test
    void fails_as_the_exchange_would_when_switched_off() {
        InMemoryPriceSource fake = (InMemoryPriceSource) source();
        Instant retryAt = Instant.parse("2026-11-21T10:01:00Z");

        fake.unavailableUntil(retryAt);
        assertThatThrownBy(() -> fake.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(retryAt));

        fake.recover();
        assertThat(fake.price(BTCUSDT).symbol()).isEqualTo(BTCUSDT);
    }
}

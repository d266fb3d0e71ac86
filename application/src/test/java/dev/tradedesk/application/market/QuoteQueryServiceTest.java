package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuoteQueryServiceTest {

    private static final Symbol BTC = new Symbol("BTCUSDT");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryPriceSource exchange = new InMemoryPriceSource();
    private final QuoteQueryService quotes;

    QuoteQueryServiceTest() {
        exchange.put(new SymbolInfo(BTC, "BTC", "USDT", SymbolStatus.TRADING, Optional.empty(), Optional.empty(),
                Optional.empty()));
        exchange.put(new PriceTick(BTC, new BigDecimal("64000"), BigDecimal.ONE, BigDecimal.TEN, Optional.empty(),
                Optional.empty(), clock.instant(), "test"));
        MarketDataService market = new MarketDataService(exchange, new InMemoryPriceCache(), new InMemoryTickerFanout(),
                clock, new MarketSettings("test", "a", Duration.ofSeconds(10), Set.of(BTC), Duration.ofMinutes(10),
                        Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(1)));
        quotes = new QuoteQueryService(market);
    }

    private static Actor actor(String... permissions) {
        return new Actor(UUID.randomUUID(), UUID.randomUUID(), Set.of("custom"), Set.of(permissions));
    }

    @Test
    void marketReadIsNeededForSymbolsAndPrices() {
        Actor without = actor("orders:read");

        assertThatThrownBy(() -> quotes.tradableSymbols(without)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> quotes.price(without, BTC)).isInstanceOf(ForbiddenException.class);
        assertThat(exchange.priceCalls()).isZero();
    }

    @Test
    void withMarketReadTheMarketAnswers() {
        Actor reader = actor("market:read");

        assertThat(quotes.tradableSymbols(reader)).extracting(SymbolInfo::symbol).containsExactly(BTC);
        assertThat(quotes.price(reader, BTC).price()).isEqualByComparingTo("64000");
    }
}

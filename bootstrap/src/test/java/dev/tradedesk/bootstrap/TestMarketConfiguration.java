package dev.tradedesk.bootstrap;

import dev.tradedesk.application.market.InMemoryMarketQuery;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEMPORARY, test-only: the market data service is not wired in bootstrap yet, so the application
 * tests get an in-memory {@code MarketQuery} (found by the component scan of this package), with
 * BTCUSDT and ETHUSDT listed. Goes away when the real wiring lands.
 */
@Configuration(proxyBeanMethods = false)
class TestMarketConfiguration {

    @Bean
    InMemoryMarketQuery marketQuery(Clock clock) {
        InMemoryMarketQuery market = new InMemoryMarketQuery(clock, Duration.ofSeconds(10));
        market.list(InMemoryMarketQuery.trading("BTCUSDT", "BTC", "USDT"));
        market.list(InMemoryMarketQuery.trading("ETHUSDT", "ETH", "USDT"));
        return market;
    }
}

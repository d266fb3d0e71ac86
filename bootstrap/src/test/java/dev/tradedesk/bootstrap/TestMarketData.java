package dev.tradedesk.bootstrap;

import dev.tradedesk.application.market.InMemoryMarketQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until the real market-data service is wired: an in-memory {@link InMemoryMarketQuery} as every test
 * node's market data (found by the application's component scan of its own package), listing
 * BTCUSDT, ETHUSDT and 120 made-up symbols S000USDT..S119USDT.
 */
@Configuration(proxyBeanMethods = false)
class TestMarketData {

    @Bean
    InMemoryMarketQuery marketQuery() {
        InMemoryMarketQuery market = new InMemoryMarketQuery().list("BTC", "USDT").list("ETH", "USDT");
        for (int i = 0; i < 120; i++) {
            market.list(String.format("S%03d", i), "USDT");
        }
        return market;
    }
}

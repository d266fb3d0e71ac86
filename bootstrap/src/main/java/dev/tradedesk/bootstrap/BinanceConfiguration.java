package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.binance.market.BinancePriceSource;
import dev.tradedesk.adapter.binance.market.BinanceSettings;
import dev.tradedesk.adapter.binance.market.BinanceTickerFeed;
import dev.tradedesk.adapter.binance.replay.ReplayMarket;
import dev.tradedesk.adapter.binance.replay.ReplayPriceSource;
import dev.tradedesk.adapter.binance.replay.ReplayTickerFeed;
import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.application.market.port.out.TickerFeed;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * adapter-binance: Binance Spot REST and its combined stream at the configured base URLs or, with
 * {@code TRADEDESK_MARKET_SOURCE=replay}, the bundled recording in the same formats (no network).
 */
@Configuration(proxyBeanMethods = false)
class BinanceConfiguration {

    @Bean
    BinanceSettings binanceSettings(MarketProperties market) {
        return BinanceSettings.defaults(market.binanceRestUrl())
                .withStream(BinanceSettings.Stream.defaults(market.binanceWsUrl()));
    }

    /** The bundled recording, read once and only in replay mode. */
    @Bean
    @Lazy
    ReplayMarket replayMarket() {
        return ReplayMarket.bundled();
    }

    @Bean
    PriceSource priceSource(MarketProperties market, BinanceSettings settings, ObjectProvider<ReplayMarket> replay,
            Clock clock) {
        if (MarketProperties.REPLAY.equals(market.source())) {
            return new ReplayPriceSource(replay.getObject(), clock);
        }
        return new BinancePriceSource(settings, clock);
    }

    @Bean
    TickerFeed tickerFeed(MarketProperties market, BinanceSettings settings, ObjectProvider<ReplayMarket> replay,
            Clock clock) {
        if (MarketProperties.REPLAY.equals(market.source())) {
            return new ReplayTickerFeed(replay.getObject(), clock);
        }
        return new BinanceTickerFeed(settings);
    }
}

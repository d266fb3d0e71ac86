package dev.tradedesk.bootstrap;

import dev.tradedesk.application.common.port.out.Leases;
import dev.tradedesk.application.market.MarketDataService;
import dev.tradedesk.application.market.MarketSettings;
import dev.tradedesk.application.market.MarketStreamLeader;
import dev.tradedesk.application.market.QuoteQueryService;
import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.market.port.in.MarketStatus;
import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.Symbol;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's market data: the node's {@link MarketDataService}, the {@link MarketStreamLeader}
 * that keeps one upstream stream per cluster (renewed on its own thread, so a slow exchange never
 * delays other housekeeping), and market data in the health check.
 */
@Configuration(proxyBeanMethods = false)
class MarketConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MarketConfiguration.class);

    @Bean
    MarketSettings marketSettings(MarketProperties market) {
        return new MarketSettings(market.source(), nodeId(market), market.staleness(),
                market.streamSymbols().stream().map(Symbol::of).collect(Collectors.toUnmodifiableSet()),
                market.symbolsRefresh(), market.leaseTtl(), market.pollInterval(), market.retryAfterFailure());
    }

    @Bean(destroyMethod = "close")
    MarketDataService marketData(PriceSource exchange, PriceCache cache, TickerFanout fanout, Clock clock,
            MarketSettings settings) {
        MarketDataService market = new MarketDataService(exchange, cache, fanout, clock, settings);
        market.start();
        return market;
    }

    @Bean(destroyMethod = "close")
    MarketStreamLeader marketStreamLeader(TickerFeed feed, PriceSource exchange, TickerFanout fanout,
            PriceCache cache, Leases leases, MarketDataService market, Clock clock, MarketSettings settings) {
        return new MarketStreamLeader(feed, exchange, fanout, cache, leases, market, clock, settings);
    }

    /** Calls {@link MarketStreamLeader#maintain()} on its own thread; shut down before the leader closes. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService marketStreamScheduler(MarketStreamLeader leader, MarketProperties market) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "market-stream-lease");
            thread.setDaemon(true);
            return thread;
        });
        long interval = market.maintainInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                leader.maintain();
            } catch (RuntimeException e) {
                log.warn("market stream maintenance failed; trying again in {} ms", interval, e);
            }
        }, 0, interval, TimeUnit.MILLISECONDS);
        return scheduler;
    }

    @Bean
    QuoteQueryService quoteQuery(MarketQuery market) {
        return new QuoteQueryService(market);
    }

    /** UP while the newest tick is fresher than the staleness limit; its age either way. */
    @Bean
    HealthIndicator marketDataHealthIndicator(MarketQuery market) {
        return () -> {
            MarketStatus status = market.status();
            Health.Builder health = status.up() ? Health.up() : Health.down();
            health.withDetail("source", status.source()).withDetail("stream_holder", status.streamHolder());
            status.newestTick().ifPresent(newest -> health.withDetail("newest_tick", newest.toString()));
            status.age().ifPresent(age -> health.withDetail("age_ms", age.toMillis()));
            return health.build();
        };
    }

    private static String nodeId(MarketProperties market) {
        if (market.nodeId() != null && !market.nodeId().isBlank()) {
            return market.nodeId();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

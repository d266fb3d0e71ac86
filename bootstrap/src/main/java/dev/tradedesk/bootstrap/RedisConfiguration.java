package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.redis.accounts.LettuceAccountChangeBus;
import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.adapter.redis.common.RedisLeases;
import dev.tradedesk.adapter.redis.common.RedisRateLimiter;
import dev.tradedesk.adapter.redis.market.LettuceTickerFanout;
import dev.tradedesk.adapter.redis.market.RedisPriceCache;
import dev.tradedesk.adapter.redis.sessions.LettuceRevocationBus;
import dev.tradedesk.application.common.LocalRateLimiter;
import dev.tradedesk.application.common.ResilientRateLimiter;
import java.time.Clock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** adapter-redis: the Lettuce client, and Redis in the health check. */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    RedisConnections redisConnections(RedisProperties redis) {
        return new RedisConnections(redis.url(), redis.keyPrefix(), redis.timeout());
    }

    @Bean(destroyMethod = "close")
    LettuceRevocationBus revocationBus(RedisConnections redis) {
        return new LettuceRevocationBus(redis);
    }

    @Bean(destroyMethod = "close")
    LettuceAccountChangeBus accountChangeBus(RedisConnections redis) {
        return new LettuceAccountChangeBus(redis);
    }

    /**
     * Attempt counters shared by every node in Redis; while Redis cannot be reached, this node's own
     * (docs/architecture.md, "Rate limits and password hashing").
     */
    @Bean
    ResilientRateLimiter rateLimiter(RedisConnections redis, Clock clock, RateLimitProperties limits) {
        return new ResilientRateLimiter(new RedisRateLimiter(redis, clock), new LocalRateLimiter(clock), clock,
                limits.redisRetryInterval());
    }

    /** Ticks from the stream holder to every node ({@code <prefix>market:ticks}). */
    @Bean(destroyMethod = "close")
    LettuceTickerFanout tickerFanout(RedisConnections redis, RedisProperties properties) {
        return new LettuceTickerFanout(redis, properties.timeout());
    }

    /** The newest tick per symbol, shared by the nodes. */
    @Bean
    RedisPriceCache priceCache(RedisConnections redis, RedisProperties properties, MarketProperties market) {
        return new RedisPriceCache(redis, market.cacheTtl(), properties.timeout());
    }

    /** The market-stream lease (one upstream connection per cluster). */
    @Bean
    RedisLeases leases(RedisConnections redis, RedisProperties properties) {
        return new RedisLeases(redis, properties.timeout());
    }

    @Bean
    HealthIndicator redisHealthIndicator(RedisConnections redis) {
        return () -> {
            try {
                return Health.up().withDetail("ping", redis.ping()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}

package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.redis.common.RedisConnections;
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

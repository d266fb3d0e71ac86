package dev.tradedesk.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tradedesk.redis}: where Redis is, the prefix of every key, and the command timeout. */
@ConfigurationProperties("tradedesk.redis")
public record RedisProperties(String url, String keyPrefix, Duration timeout) {
}

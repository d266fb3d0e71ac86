package dev.tradedesk.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tradedesk.hashing}: how many password hashes may run at once, and how long a request waits
 * for its turn before it is answered 503 {@code overloaded}.
 *
 * @param permits      concurrent hashes; 0 means one per available processor
 * @param queueTimeout the longest wait for a permit (2 s); also the {@code Retry-After} of the 503
 */
@ConfigurationProperties("tradedesk.hashing")
public record HashingProperties(int permits, Duration queueTimeout) {

    /** {@link #permits()}, with 0 resolved to the number of available processors. */
    int effectivePermits() {
        return permits > 0 ? permits : Runtime.getRuntime().availableProcessors();
    }
}

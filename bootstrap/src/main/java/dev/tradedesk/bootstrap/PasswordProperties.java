package dev.tradedesk.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tradedesk.passwords}: Argon2id cost and the minimum zxcvbn score (0..4) of a new password. */
@ConfigurationProperties("tradedesk.passwords")
public record PasswordProperties(int argon2MemoryKib, int argon2Iterations, int argon2Parallelism, int minimumScore) {
}

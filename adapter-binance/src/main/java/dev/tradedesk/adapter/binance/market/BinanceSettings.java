package dev.tradedesk.adapter.binance.market;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Binance REST client talks to the exchange.
 *
 * @param baseUrl          the REST base URL, {@code https://api.binance.com} in production; a local
 *                         fake server in tests and offline runs
 * @param connectTimeout   TCP/TLS connect timeout
 * @param requestTimeout   time allowed for one request, from sending to the last byte of the answer
 * @param maxAttempts      attempts per call (1 = no retry) on network errors, timeouts and 5xx
 * @param initialBackoff   wait before the first retry; doubled before each further retry
 * @param maxBackoff       cap of that wait
 * @param defaultRetryAfter backoff after a 429/418 that carries no usable {@code Retry-After}
 * @param weightLimit      Binance's REQUEST_WEIGHT limit per minute (6000 on spot)
 * @param weightBudget     the share of {@code weightLimit} this client allows itself per minute, in
 *                         percent (80: stop at 4800 until the next minute)
 */
public record BinanceSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff, Duration defaultRetryAfter, int weightLimit,
        int weightBudget) {

    public static final URI PRODUCTION = URI.create("https://api.binance.com");

    public BinanceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("baseUrl must be http or https: " + baseUrl);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(defaultRetryAfter, "defaultRetryAfter");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1..10: " + maxAttempts);
        }
        if (weightLimit < 1) {
            throw new IllegalArgumentException("weightLimit must be positive: " + weightLimit);
        }
        if (weightBudget < 1 || weightBudget > 100) {
            throw new IllegalArgumentException("weightBudget must be 1..100 percent: " + weightBudget);
        }
    }

    /** Production defaults: 3 s connect, 5 s per request, 3 attempts from 200 ms, 80% of 6000 weight. */
    public static BinanceSettings defaults() {
        return defaults(PRODUCTION);
    }

    /** {@link #defaults()} against another base URL. */
    public static BinanceSettings defaults(URI baseUrl) {
        return new BinanceSettings(baseUrl, Duration.ofSeconds(3), Duration.ofSeconds(5), 3,
                Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(60), 6000, 80);
    }

    /** The request weight this client spends per minute at most. */
    public int weightCeiling() {
        return Math.max(1, weightLimit * weightBudget / 100);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}

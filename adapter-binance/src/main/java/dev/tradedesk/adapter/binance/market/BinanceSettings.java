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
 * @param stream           how the WebSocket stream client ({@link BinanceTickerFeed}) connects
 */
public record BinanceSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff, Duration defaultRetryAfter, int weightLimit,
        int weightBudget, Stream stream) {

    public static final URI PRODUCTION = URI.create("https://api.binance.com");
    public static final URI PRODUCTION_STREAM = URI.create("wss://stream.binance.com:9443");

    /** REST settings with the production stream defaults ({@link Stream#defaults()}). */
    public BinanceSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
            Duration initialBackoff, Duration maxBackoff, Duration defaultRetryAfter, int weightLimit,
            int weightBudget) {
        this(baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, defaultRetryAfter,
                weightLimit, weightBudget, Stream.defaults());
    }

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
        Objects.requireNonNull(stream, "stream");
    }

    /** These settings with other stream settings. */
    public BinanceSettings withStream(Stream other) {
        return new BinanceSettings(baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff,
                defaultRetryAfter, weightLimit, weightBudget, other);
    }

    /**
     * How the WebSocket stream client connects, reconnects and rotates its connections.
     *
     * @param wsBaseUrl       the stream base URL, {@code wss://stream.binance.com:9443} in production; the
     *                        combined-stream path {@code /stream?streams=...} is appended
     * @param connectTimeout  time allowed for the TCP/TLS connect and the WebSocket handshake
     * @param initialBackoff  wait before the first reconnect after a failure; doubled after each further
     *                        failure, with jitter (a random wait between half and all of it)
     * @param maxBackoff      cap of that wait
     * @param maxConnectionAge a connection is replaced (new one first, then the old one closed) after this
     *                        long; Binance cuts every connection at 24 hours
     * @param idleTimeout     a connection on which nothing (no message, no ping) arrived for this long is
     *                        taken as stalled and replaced; Binance pings every 20 s
     * @param rotationOverlap how long the old connection keeps delivering after its replacement is open,
     *                        so no tick is lost in between (duplicates are dropped by event time)
     * @param maxStreamsPerConnection Binance's limit of streams on one connection (1024); each symbol takes
     *                        two ({@code @miniTicker} and {@code @bookTicker}), so more symbols are split
     *                        over several connections
     */
    public record Stream(URI wsBaseUrl, Duration connectTimeout, Duration initialBackoff, Duration maxBackoff,
            Duration maxConnectionAge, Duration idleTimeout, Duration rotationOverlap, int maxStreamsPerConnection) {

        public Stream {
            Objects.requireNonNull(wsBaseUrl, "wsBaseUrl");
            if (!"ws".equals(wsBaseUrl.getScheme()) && !"wss".equals(wsBaseUrl.getScheme())) {
                throw new IllegalArgumentException("wsBaseUrl must be ws or wss: " + wsBaseUrl);
            }
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(initialBackoff, "initialBackoff");
            requirePositive(maxBackoff, "maxBackoff");
            requirePositive(maxConnectionAge, "maxConnectionAge");
            requirePositive(idleTimeout, "idleTimeout");
            requirePositive(rotationOverlap, "rotationOverlap");
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must not be below initialBackoff");
            }
            if (maxStreamsPerConnection < 2 || maxStreamsPerConnection > 1024) {
                throw new IllegalArgumentException("maxStreamsPerConnection must be 2..1024: " + maxStreamsPerConnection);
            }
        }

        /** Production: 5 s connect, backoff 1 s doubling to 60 s, new connection every 23 h, 60 s idle, 1024 streams. */
        public static Stream defaults() {
            return defaults(PRODUCTION_STREAM);
        }

        /** {@link #defaults()} against another stream base URL. */
        public static Stream defaults(URI wsBaseUrl) {
            return new Stream(wsBaseUrl, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(60),
                    Duration.ofHours(23), Duration.ofSeconds(60), Duration.ofSeconds(5), 1024);
        }

        /** Symbols per connection: each takes two streams. */
        public int symbolsPerConnection() {
            return maxStreamsPerConnection / 2;
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

package dev.tradedesk.adapter.websocket.market;

import java.time.Duration;
import java.util.Objects;

/**
 * The live ticker's limits and timings.
 *
 * @param maxSymbolsPerConnection symbols one connection may follow at once (100)
 * @param maxMessageBytes         largest client message, in UTF-8 bytes; larger closes with 1009 (4 KiB)
 * @param maxMessagesPerSecond    client messages accepted per connection and second (20)
 * @param maxViolations           broken limits and invalid messages tolerated per {@code violationWindow};
 *                                one more closes the connection with 1008
 * @param violationWindow         the window in which violations are counted
 * @param sendTimeout             longest a send may take before the subscriber counts as stalled and is dropped
 * @param maxQueuedReplies        replies (subscribed, pong, error) that may wait for a slow reader before it is dropped
 * @param pingInterval            a connection silent this long is pinged
 * @param pongTimeout             a pinged connection still silent this much later is closed as dead
 * @param fanoutThreads           threads that fan ticks out (each symbol always on the same one)
 */
public record TickerSettings(int maxSymbolsPerConnection, int maxMessageBytes, int maxMessagesPerSecond,
        int maxViolations, Duration violationWindow, Duration sendTimeout, int maxQueuedReplies,
        Duration pingInterval, Duration pongTimeout, int fanoutThreads) {

    public TickerSettings {
        requirePositive(maxSymbolsPerConnection, "maxSymbolsPerConnection");
        requirePositive(maxMessageBytes, "maxMessageBytes");
        requirePositive(maxMessagesPerSecond, "maxMessagesPerSecond");
        requirePositive(maxViolations, "maxViolations");
        requirePositive(maxQueuedReplies, "maxQueuedReplies");
        requirePositive(fanoutThreads, "fanoutThreads");
        requirePositive(violationWindow, "violationWindow");
        requirePositive(sendTimeout, "sendTimeout");
        requirePositive(pingInterval, "pingInterval");
        requirePositive(pongTimeout, "pongTimeout");
    }

    /** The documented defaults (API.md), with one fan-out thread per core. */
    public static TickerSettings defaults() {
        return new TickerSettings(100, 4096, 20, 10, Duration.ofMinutes(1), Duration.ofSeconds(5), 32,
                Duration.ofSeconds(30), Duration.ofSeconds(10), Runtime.getRuntime().availableProcessors());
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}

package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.websocket.market.TickerSettings;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tradedesk.ticker}: the live ticker's origin allow-list, limits and timings (see
 * {@link TickerSettings} and docs/ticker.md).
 *
 * @param allowedOrigins    browser origins allowed to open {@code /ws/ticker} (besides the service's own);
 *                          a handshake from any other {@code Origin} is 403
 * @param fanoutThreads     0 means one per available processor
 * @param sweepInterval     how often tokens, stalled sends and liveness are checked (1 s)
 * @param socketSendBuffer  the kernel's send buffer per connection (SO_SNDBUF, 64 KiB): what a reader
 *                          that stops reading can hold up before its sends block, are conflated and time out
 * @param socketAppBuffer   Tomcat's read and write buffers of every connection ({@code socket.appReadBufSize},
 *                          {@code socket.appWriteBufSize}; Tomcat's default 8 KiB each), kept for the life of a
 *                          WebSocket connection (1 KiB: HTTP requests and responses larger than this take more
 *                          reads and writes, nothing else)
 * @param containerBuffer   Tomcat's WebSocket buffer size ({@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE},
 *                          a JVM-wide system property read once; Tomcat's default 8 KiB): the frame input buffer
 *                          and the output and encoder buffers of each session (512 bytes: a ticker update is ~250
 *                          bytes; longer messages are read and written in several pieces)
 */
@ConfigurationProperties("tradedesk.ticker")
public record TickerProperties(List<String> allowedOrigins, int maxSymbolsPerConnection, DataSize maxMessageSize,
        int maxMessagesPerSecond, int maxViolations, Duration violationWindow, Duration sendTimeout,
        int maxQueuedReplies, Duration pingInterval, Duration pongTimeout, int fanoutThreads, Duration sweepInterval,
        DataSize socketSendBuffer, DataSize socketAppBuffer, DataSize containerBuffer) {

    public TickerProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }

    TickerSettings settings() {
        return new TickerSettings(maxSymbolsPerConnection, Math.toIntExact(maxMessageSize.toBytes()), maxMessagesPerSecond,
                maxViolations, violationWindow, sendTimeout, maxQueuedReplies, pingInterval, pongTimeout,
                fanoutThreads > 0 ? fanoutThreads : Runtime.getRuntime().availableProcessors());
    }
}

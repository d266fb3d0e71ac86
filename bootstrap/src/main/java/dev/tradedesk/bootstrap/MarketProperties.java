package dev.tradedesk.bootstrap;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tradedesk.market}: where prices come from and how they are kept (README "Configuration").
 *
 * @param source            {@code binance} (the default) or {@code replay} (bundled recorded ticks, offline)
 * @param nodeId            this node's name for the stream lease; empty: host name plus a random suffix
 * @param staleness         a price older than this is never served or used for an order
 * @param streamSymbols     the symbols the upstream stream follows
 * @param symbolsRefresh    how long the exchange's symbol list is reused
 * @param leaseTtl          the stream lease's time-to-live: another node takes over this long after the holder dies
 * @param maintainInterval  how often each node renews or tries to take the lease
 * @param pollInterval      how often the holder polls REST prices while the stream is down
 * @param retryAfterFailure how long a node waits before asking the exchange again for a price it failed to get
 * @param cacheTtl          how long a tick stays in the shared Redis cache
 * @param binanceRestUrl    Binance Spot REST base URL ({@code BINANCE_REST_URL})
 * @param binanceWsUrl      Binance stream base URL ({@code BINANCE_WS_URL})
 */
@ConfigurationProperties("tradedesk.market")
public record MarketProperties(String source, String nodeId, Duration staleness, List<String> streamSymbols,
        Duration symbolsRefresh, Duration leaseTtl, Duration maintainInterval, Duration pollInterval,
        Duration retryAfterFailure, Duration cacheTtl, URI binanceRestUrl, URI binanceWsUrl) {

    public static final String BINANCE = "binance";
    public static final String REPLAY = "replay";

    public MarketProperties {
        if (!BINANCE.equals(source) && !REPLAY.equals(source)) {
            throw new IllegalArgumentException(
                    "tradedesk.market.source (TRADEDESK_MARKET_SOURCE) must be binance or replay, not " + source);
        }
        streamSymbols = streamSymbols == null ? List.of() : List.copyOf(streamSymbols);
    }
}

package dev.tradedesk.application.market;

import dev.tradedesk.domain.market.Symbol;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How market data behaves.
 *
 * @param source           the configured source's name ({@code binance} or {@code replay}), for health
 * @param nodeId           this node's name in the cluster (the lease holder's name)
 * @param staleness        a price older than this is never served or used for an order (default 10 s)
 * @param streamSymbols    the symbols the upstream stream follows (those the exchange lists as tradable)
 * @param symbolsRefresh   how long the exchange's symbol list is reused before it is asked again
 * @param leaseTtl         how long the stream lease lasts unless renewed: the takeover time after a holder dies
 * @param pollInterval     how often the holder polls REST prices while the stream is down
 * @param retryAfterFailure how long a node waits before asking the exchange again for a price it just failed to get
 */
public record MarketSettings(String source, String nodeId, Duration staleness, Set<Symbol> streamSymbols,
        Duration symbolsRefresh, Duration leaseTtl, Duration pollInterval, Duration retryAfterFailure) {

    public MarketSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nodeId, "nodeId");
        requirePositive(staleness, "staleness");
        streamSymbols = Set.copyOf(streamSymbols);
        requirePositive(symbolsRefresh, "symbolsRefresh");
        requirePositive(leaseTtl, "leaseTtl");
        requirePositive(pollInterval, "pollInterval");
        Objects.requireNonNull(retryAfterFailure, "retryAfterFailure");
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}

package dev.tradedesk.application.market.port.out;

import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.util.Set;

/**
 * The exchange's live price stream (Binance's combined {@code <symbol>@miniTicker} and
 * {@code <symbol>@bookTicker} streams in production; recorded ticks in replay mode). Only the node
 * that holds the market-data lease keeps a connection open.
 *
 * <p>A connection keeps itself alive until closed: it answers the exchange's pings, reconnects with
 * backoff after a failure, reconnects ahead of the exchange's 24-hour cut-off and subscribes again each
 * time. The listener learns of every interruption, so the caller can poll REST prices meanwhile.
 */
public interface TickerFeed {

    /**
     * Opens the stream for {@code symbols} and returns at once; the connection is made in the
     * background. Listener calls come from the feed's own thread, one at a time, and must not block.
     */
    Connection connect(Set<Symbol> symbols, Listener listener);

    /** Receives what the stream delivers. */
    interface Listener {

        /** A new value for one symbol: the last price with its 24-hour figures, merged with the best bid and ask. */
        void onTick(PriceTick tick);

        /** The stream is up (subscribed and delivering) or down (connecting, failed, backing off); {@code reason} is for logs. */
        void onStatus(boolean up, String reason);
    }

    /** An open stream; closing it stops reconnecting and releases the socket. */
    interface Connection extends AutoCloseable {

        @Override
        void close();
    }
}

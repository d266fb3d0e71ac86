package dev.tradedesk.application.market.port.out;

import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.util.Optional;

/**
 * The newest tick of each symbol, shared by the nodes (Redis in production), so a node that has just
 * started, or missed ticks, still answers with a recent price. It is a cache: it never throws for an
 * infrastructure failure; a failed read is a miss and a failed write is dropped.
 */
public interface PriceCache {

    /** Stores {@code tick} unless the cache holds a newer one ({@code asOf}) for its symbol. */
    void put(PriceTick tick);

    /** The newest stored tick of {@code symbol}, whatever its age. */
    Optional<PriceTick> latest(Symbol symbol);
}

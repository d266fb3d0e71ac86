package dev.tradedesk.application.market.port.in;

import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import java.util.List;

/** Market data for a caller with {@code market:read} (API.md "Market data"). */
public interface QuoteQuery {

    /** The tradable symbols, ordered by symbol. */
    List<SymbolInfo> tradableSymbols(Actor actor);

    /** A price no older than the staleness limit; see {@link MarketQuery#price}. */
    PriceTick price(Actor actor, Symbol symbol);
}

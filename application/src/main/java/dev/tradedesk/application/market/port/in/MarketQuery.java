package dev.tradedesk.application.market.port.in;

import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Market data for the rest of TradeDesk: the exchange's symbols, fresh prices, and the live ticks this
 * node receives. Never call it inside a database transaction: it may ask the exchange.
 */
public interface MarketQuery {

    /** The symbols that can be traded now, ordered by symbol. */
    List<SymbolInfo> tradableSymbols();

    /**
     * What the exchange says about one symbol, whatever its status.
     *
     * @throws UnknownSymbolException when the exchange does not list it
     * @throws PriceUnavailableException when the symbol list cannot be had from the exchange
     */
    SymbolInfo symbol(Symbol symbol);

    /**
     * The newest price of {@code symbol}, never older than the staleness limit.
     *
     * @throws UnknownSymbolException when the exchange does not list it
     * @throws PriceUnavailableException when no price fresher than the staleness limit can be had
     */
    PriceTick price(Symbol symbol);

    /** The newest tick this node knows for {@code symbol}, whatever its age; no remote call. */
    Optional<PriceTick> latestTick(Symbol symbol);

    /**
     * Calls {@code listener} with every tick this node receives from now on, of every symbol, on the
     * receiving thread: the listener must hand work off, never block. Closing the subscription stops it.
     */
    TickerSubscription watch(Consumer<PriceTick> listener);

    /** Whether market data is flowing, and how old the newest tick is; no remote call. */
    MarketStatus status();
}

package dev.tradedesk.application.market.port.out;

import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.util.Collection;
import java.util.List;

/**
 * The exchange's market data on request (Binance Spot REST in production): the symbols it lists and
 * their current prices. Every call may be a remote call: never call it inside a database
 * transaction, and cache what you can.
 *
 * <p>Implementations are thread-safe. They throw {@link UnknownSymbolException} for a symbol the
 * exchange does not list and {@link PriceUnavailableException} when the exchange cannot be asked or
 * does not answer usably (network failure, timeout, 5xx after retries, malformed answer, or a
 * rate-limit backoff in force, in which case the exception says when to ask again).
 */
public interface PriceSource {

    /** Every symbol the exchange lists, whatever its status, with its trading filters. */
    List<SymbolInfo> symbols();

    /**
     * The current price of one symbol.
     *
     * @throws UnknownSymbolException when the exchange does not list {@code symbol}
     */
    PriceTick price(Symbol symbol);

    /**
     * The current prices of several symbols in one call, in the order asked, each symbol once; an
     * empty collection gives an empty list without asking the exchange.
     *
     * @throws UnknownSymbolException when the exchange does not list one of them
     */
    List<PriceTick> prices(Collection<Symbol> symbols);
}

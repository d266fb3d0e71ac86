package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.common.DomainException;
import dev.tradedesk.domain.market.Symbol;

/**
 * An order names a symbol that cannot be traded here: the exchange does not list it, it is not
 * trading now, or it is not quoted in the wallet's currency (code {@code symbol_not_tradable}, 422: the
 * request is well-formed, but what it refers to cannot be ordered).
 */
public class SymbolNotTradableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SymbolNotTradableException(Symbol symbol, String why) {
        super("symbol_not_tradable", symbol + " cannot be traded: " + why + ".");
    }
}

package dev.tradedesk.application.market.port.out;

import dev.tradedesk.domain.market.Symbol;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchange does not list the symbol asked for (Binance {@code -1121 Invalid symbol.}). When several
 * symbols were asked for at once, the exchange may not say which one; {@link #symbol()} is then empty.
 */
public class UnknownSymbolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Symbol symbol;

    public UnknownSymbolException(Symbol symbol) {
        super("unknown symbol " + Objects.requireNonNull(symbol, "symbol"), null, false, false);
        this.symbol = symbol;
    }

    /** Several symbols were asked for and the exchange did not say which one it does not list. */
    public UnknownSymbolException(String message) {
        super(message, null, false, false);
        this.symbol = null;
    }

    public Optional<Symbol> symbol() {
        return Optional.ofNullable(symbol);
    }
}

package dev.tradedesk.domain.market;

import dev.tradedesk.domain.common.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchange does not list the symbol asked for (Binance {@code -1121 Invalid symbol.}); code
 * {@code unknown_symbol}. When several symbols were asked for at once, the exchange may not say which
 * one; {@link #symbol()} is then empty.
 */
public class UnknownSymbolException extends DomainException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "unknown_symbol";

    private final transient Symbol symbol;

    public UnknownSymbolException(Symbol symbol) {
        super(CODE, "unknown symbol " + Objects.requireNonNull(symbol, "symbol"));
        this.symbol = symbol;
    }

    /** Several symbols were asked for and the exchange did not say which one it does not list. */
    public UnknownSymbolException(String message) {
        super(CODE, message);
        this.symbol = null;
    }

    public Optional<Symbol> symbol() {
        return Optional.ofNullable(symbol);
    }
}

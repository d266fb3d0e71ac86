package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.common.DomainException;

/** The quantity breaks the symbol's lot size or minimum notional (code {@code invalid_quantity}). */
public class InvalidQuantityException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidQuantityException(String message) {
        super("invalid_quantity", message);
    }
}

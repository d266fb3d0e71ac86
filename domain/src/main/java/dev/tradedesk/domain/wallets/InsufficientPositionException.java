package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.common.DomainException;

/** The wallet holds (or owes) less of the symbol than the order sells (or buys back); code {@code insufficient_position}. */
public class InsufficientPositionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InsufficientPositionException(String message) {
        super("insufficient_position", message);
    }
}

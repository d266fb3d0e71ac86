package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.common.DomainException;

/** The wallet's free cash does not cover what the order costs (code {@code insufficient_funds}). */
public class InsufficientFundsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InsufficientFundsException(String message) {
        super("insufficient_funds", message);
    }
}

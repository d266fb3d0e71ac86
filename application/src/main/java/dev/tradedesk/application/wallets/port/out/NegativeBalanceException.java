package dev.tradedesk.application.wallets.port.out;

/**
 * A posting would have taken a balance below zero, and the store refused it. The use cases check
 * balances before they post, so this means a check was missed: it is a failure, not a business outcome.
 */
public class NegativeBalanceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NegativeBalanceException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.DomainException;

/** Unknown email or wrong password: deliberately one outcome, so neither can be told apart. */
public class InvalidCredentialsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException() {
        super("invalid_credentials", "The email or password is incorrect.");
    }
}

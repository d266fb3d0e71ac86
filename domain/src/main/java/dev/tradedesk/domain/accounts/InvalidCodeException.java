package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.DomainException;

/**
 * A one-time code that does not work: wrong, expired, already used, out of tries, meant for another
 * purpose, or never sent. Deliberately one outcome, so that none of these can be told apart (nor
 * whether the email has an account).
 */
public class InvalidCodeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidCodeException() {
        super("invalid_code", "The code is invalid or has expired.");
    }
}

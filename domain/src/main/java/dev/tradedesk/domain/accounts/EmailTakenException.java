package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.DomainException;

public class EmailTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public EmailTakenException() {
        super("email_taken", "An account with this email already exists.");
    }
}

package dev.tradedesk.application.accounts.port.out;

/** The store refused a second account with the same email. */
public class DuplicateEmailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateEmailException(Throwable cause) {
        super("an account with this email already exists", cause);
    }
}

package dev.tradedesk.domain.common;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super("not_found", what + " not found.");
    }
}

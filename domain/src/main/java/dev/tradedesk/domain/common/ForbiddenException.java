package dev.tradedesk.domain.common;

/**
 * The caller may not do this. Adapters answer 403 to an authenticated caller, and 401 with a challenge
 * to one without a token (signing in might help).
 */
public class ForbiddenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String permission) {
        super("forbidden", "This needs the permission " + permission + ".");
    }
}

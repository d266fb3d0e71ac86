package dev.tradedesk.application.accounts.port.out;

/** A mail could not be handed to the mail server (unreachable, refused, timed out, misconfigured). */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}

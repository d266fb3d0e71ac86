package dev.tradedesk.application.accounts.port.out;

/**
 * Sends mail to users (one-time codes). Sending is a remote call: never call it inside a database
 * transaction.
 */
public interface Mailer {

    /**
     * Sends the message, or accepts it for delivery by a queue that reports its own failures.
     *
     * @throws MailDeliveryException when the message was neither sent nor accepted
     */
    void send(MailMessage message);
}

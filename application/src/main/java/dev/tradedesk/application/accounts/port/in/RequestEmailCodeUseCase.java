package dev.tradedesk.application.accounts.port.in;

/** Mails a one-time sign-in code to an address, whether or not it has an account yet. */
public interface RequestEmailCodeUseCase {

    /**
     * Issues a new sign-in code for the email (the previous one stops working) and mails it.
     *
     * @throws dev.tradedesk.application.accounts.port.out.MailDeliveryException when the mail could be neither sent nor queued
     * @throws dev.tradedesk.domain.common.TooManyAttemptsException when the address or the client has asked too often
     */
    void requestCode(RequestEmailCodeCommand command);
}

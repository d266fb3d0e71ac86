package dev.tradedesk.application.accounts.port.in;

/** Mails a password-reset code, if the address has an account; the caller cannot tell whether it has. */
public interface RequestPasswordResetUseCase {

    /**
     * Issues a new reset code for the account (the previous one stops working) and mails it; nothing for an unknown email.
     *
     * @throws dev.tradedesk.domain.common.TooManyAttemptsException when the address or the client has asked too often
     *         (counted whether or not the account exists)
     */
    void requestReset(RequestPasswordResetCommand command);
}

package dev.tradedesk.application.accounts.port.in;

/** Creates an account with a password and signs it in. */
public interface RegisterAccountUseCase {

    /**
     * @throws dev.tradedesk.domain.accounts.EmailTakenException when the email already has an account
     * @throws dev.tradedesk.domain.accounts.WeakPasswordException when the password is too easy to guess
     * @throws dev.tradedesk.domain.common.TooManyAttemptsException when the client has signed up too often
     * @throws dev.tradedesk.domain.common.OverloadedException when no password-hashing capacity came free in time
     */
    Registration register(RegisterAccountCommand command);
}

package dev.tradedesk.application.accounts.port.in;

/** Creates an account with a password and signs it in. */
public interface RegisterAccountUseCase {

    /**
     * @throws dev.tradedesk.domain.accounts.EmailTakenException when the email already has an account
     * @throws dev.tradedesk.domain.accounts.WeakPasswordException when the password is too easy to guess
     */
    Registration register(RegisterAccountCommand command);
}

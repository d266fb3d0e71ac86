package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.application.sessions.port.in.IssuedTokens;

/** Signs in with email and password, opening a new session. */
public interface LogInWithPasswordUseCase {

    /**
     * @throws dev.tradedesk.domain.accounts.InvalidCredentialsException for an unknown email or a wrong password
     * @throws dev.tradedesk.domain.common.TooManyAttemptsException when the account or the client address has
     *         failed too often lately (checked before the password, whether or not it is right)
     * @throws dev.tradedesk.domain.common.OverloadedException when no password-hashing capacity came free in time
     */
    IssuedTokens logIn(LogInWithPasswordCommand command);
}

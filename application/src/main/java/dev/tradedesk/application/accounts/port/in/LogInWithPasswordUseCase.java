package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.application.sessions.port.in.IssuedTokens;

/** Signs in with email and password, opening a new session. */
public interface LogInWithPasswordUseCase {

    /** @throws dev.tradedesk.domain.accounts.InvalidCredentialsException for an unknown email or a wrong password */
    IssuedTokens logIn(LogInWithPasswordCommand command);
}

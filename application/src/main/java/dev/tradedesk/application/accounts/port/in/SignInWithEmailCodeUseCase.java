package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.application.sessions.port.in.IssuedTokens;

/**
 * Signs in with a mailed sign-in code, opening a new session. The first sign-in of an address creates
 * its account (no password, the default role); every sign-in marks the email verified.
 */
public interface SignInWithEmailCodeUseCase {

    /** @throws dev.tradedesk.domain.accounts.InvalidCodeException for a wrong, expired, used-up or unknown code */
    IssuedTokens signIn(SignInWithEmailCodeCommand command);
}

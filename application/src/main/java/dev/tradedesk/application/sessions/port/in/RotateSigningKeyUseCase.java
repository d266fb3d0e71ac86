package dev.tradedesk.application.sessions.port.in;

import java.time.Instant;

/** Starts using a new token-signing key, without breaking the tokens signed with the current one. */
public interface RotateSigningKeyUseCase {

    /** @return when the new key starts signing (every node has loaded it by then) */
    Instant rotate();
}

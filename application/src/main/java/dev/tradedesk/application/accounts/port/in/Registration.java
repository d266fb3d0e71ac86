package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.application.sessions.port.in.IssuedTokens;

/** A new account, already signed in. */
public record Registration(UserProfile user, IssuedTokens tokens) {
}

package dev.tradedesk.adapter.security.sessions;

import java.util.Objects;

/**
 * What access tokens carry and expect besides the user's claims.
 *
 * @param issuer   the {@code iss} claim: TradeDesk's public base URL
 * @param audience the {@code aud} claim the tokens are issued for and checked against
 */
public record TokenSettings(String issuer, String audience) {

    public TokenSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
    }
}

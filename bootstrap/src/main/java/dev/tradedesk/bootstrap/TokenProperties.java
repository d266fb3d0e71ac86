package dev.tradedesk.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tradedesk.tokens}: access tokens and sessions.
 *
 * @param issuer              the {@code iss} of access tokens: TradeDesk's public base URL
 * @param audience            the {@code aud} of access tokens
 * @param accessTokenLifetime how long an access token works (15 minutes)
 * @param sessionLifetime     absolute session lifetime (30 days)
 * @param signingKey          the ES256 signing key, PKCS#8 PEM; generated at start-up when empty
 */
@ConfigurationProperties("tradedesk.tokens")
public record TokenProperties(String issuer, String audience, Duration accessTokenLifetime, Duration sessionLifetime,
                              String signingKey) {
}

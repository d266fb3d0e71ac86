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
 * @param signingKey          a fixed ES256 signing key, PKCS#8 PEM (operator-managed keys); when empty,
 *                            keys are created, shared and rotated through the database
 * @param keyEncryptionKey    32 random bytes, base64: seals the signing keys kept in the database
 * @param keyActivationDelay  how long a rotated-in key waits before it signs (every node loads it first)
 * @param keyReloadInterval   how often each node reloads the shared keys; shorter than the activation delay
 */
@ConfigurationProperties("tradedesk.tokens")
public record TokenProperties(String issuer, String audience, Duration accessTokenLifetime, Duration sessionLifetime,
                              String signingKey, String keyEncryptionKey, Duration keyActivationDelay,
                              Duration keyReloadInterval) {

    public TokenProperties {
        if (keyActivationDelay != null && keyReloadInterval != null && keyReloadInterval.compareTo(keyActivationDelay) >= 0) {
            throw new IllegalArgumentException("tradedesk.tokens.key-reload-interval must be shorter than key-activation-delay");
        }
    }

    boolean hasFixedKey() {
        return signingKey != null && !signingKey.isBlank();
    }
}

package dev.tradedesk.application.sessions;

import java.time.Duration;
import java.util.Objects;

/**
 * Token and session lifetimes.
 *
 * @param accessTokenLifetime how long an access token is accepted (default 15 minutes)
 * @param sessionLifetime     the absolute end of a session after sign-in, whatever the refreshes (default 30 days)
 */
public record SessionPolicy(Duration accessTokenLifetime, Duration sessionLifetime) {

    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(15), Duration.ofDays(30));

    public SessionPolicy {
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()
                || sessionLifetime.compareTo(accessTokenLifetime) < 0) {
            throw new IllegalArgumentException("need 0 < access-token lifetime <= session lifetime");
        }
    }
}

package dev.tradedesk.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tradedesk.profile-cache}: the node's copies of accounts' own fields for {@code GET /users/me}
 * ({@code AccountProfileCache}; docs/identity.md).
 *
 * @param size   at most this many accounts (10,000); 0 reads the database on every request
 * @param maxAge the oldest a copy may be (10 s), whatever the announcements of changes
 */
@ConfigurationProperties("tradedesk.profile-cache")
public record ProfileCacheProperties(int size, Duration maxAge) {
}

package dev.tradedesk.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tradedesk.http}: the largest request body accepted (64 KiB), and whether Spring Security
 * observes each filter of its chain and each of its authorization decisions. Both are off by default:
 * {@code http.server.requests} already times every request with its status (a refusal is its 401 or
 * 403); the per-filter observations cost about a fifth of a cheap request's CPU, and the chain's
 * authorization decisions are only "authenticated or public" (the permission checks are the use cases'),
 * decided in memory in less time than their observation took (7% of {@code /users/me}'s CPU in JFR,
 * bench/findings.md). Authentications are observed either way.
 */
@ConfigurationProperties("tradedesk.http")
public record HttpProperties(DataSize maxBodySize, boolean observeSecurityFilters,
                             boolean observeSecurityAuthorizations) {
}

package dev.tradedesk.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tradedesk.http}: the largest request body accepted (64 KiB), and whether Spring Security
 * observes each filter of its chain (off: {@code http.server.requests} already times every request, and
 * the per-filter observations cost about a fifth of a cheap request's CPU; authentications and
 * authorizations are observed either way).
 */
@ConfigurationProperties("tradedesk.http")
public record HttpProperties(DataSize maxBodySize, boolean observeSecurityFilters) {
}

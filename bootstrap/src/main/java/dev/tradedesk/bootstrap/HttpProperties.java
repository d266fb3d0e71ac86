package dev.tradedesk.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code tradedesk.http}: the largest request body accepted (64 KiB). */
@ConfigurationProperties("tradedesk.http")
public record HttpProperties(DataSize maxBodySize) {
}

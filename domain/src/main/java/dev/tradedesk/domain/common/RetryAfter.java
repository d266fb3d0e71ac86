package dev.tradedesk.domain.common;

import java.time.Duration;

/**
 * An outcome that says when asking again makes sense. Adapters pass it on to the client (HTTP
 * answers it as a {@code Retry-After} header).
 */
public interface RetryAfter {

    /** How long the caller should wait before trying again; positive. */
    Duration retryAfter();
}

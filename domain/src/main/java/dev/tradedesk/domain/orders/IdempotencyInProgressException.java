package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.common.DomainException;

/** The first request with this Idempotency-Key is still running (code {@code idempotency_in_progress}). */
public class IdempotencyInProgressException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IdempotencyInProgressException() {
        super("idempotency_in_progress", "A request with this Idempotency-Key is still being processed; retry later.");
    }
}

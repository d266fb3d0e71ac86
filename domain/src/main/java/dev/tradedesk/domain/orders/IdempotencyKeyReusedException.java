package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.common.DomainException;

/** An Idempotency-Key sent again with a different request (code {@code idempotency_key_reused}). */
public class IdempotencyKeyReusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("idempotency_key_reused", "This Idempotency-Key was used with a different request.");
    }
}

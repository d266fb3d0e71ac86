package dev.tradedesk.application.orders.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of order requests, per user (IETF Idempotency-Key draft). A key is claimed by one
 * request at a time, with a {@code token} that proves the claim, until {@code leaseUntil}; it is
 * completed in the transaction that places the order, or released when the request fails. The store
 * is the source of truth; every method runs in the caller's transaction or, outside one, in its own.
 */
public interface IdempotencyKeys {

    /** A stored key: the request's fingerprint, and the order it placed once completed. */
    record Entry(String fingerprint, Optional<UUID> orderId, Instant leaseUntil, Instant createdAt) {

        public boolean completed() {
            return orderId.isPresent();
        }
    }

    /**
     * Claims the key: stores it as in progress under {@code token} when no entry exists, when the
     * entry was created before {@code expiredBefore} (forgotten), or when it is in progress with the same
     * fingerprint and its lease ran out before {@code now} (its request crashed). {@code false} when
     * another entry stands.
     */
    boolean claim(UUID userId, String key, String fingerprint, UUID token, Instant now, Instant leaseUntil,
                  Instant expiredBefore);

    Optional<Entry> find(UUID userId, String key);

    /** Records the order placed under the claim; {@code false} if the claim was lost (taken over, released). */
    boolean complete(UUID userId, String key, UUID token, UUID orderId);

    /** Forgets an in-progress claim, so that the request can be sent again; no-op when the claim was lost. */
    void release(UUID userId, String key, UUID token);

    /** Removes the keys created before {@code before}; returns how many. */
    int purgeCreatedBefore(Instant before);
}

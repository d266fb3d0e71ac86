package dev.tradedesk.application.sessions.port.out;

import dev.tradedesk.domain.sessions.Revocation;
import java.time.Instant;
import java.util.List;

/**
 * The durable record of revocations that live access tokens may still be affected by, from which each
 * node rebuilds its in-memory view at start-up and after it may have missed announcements.
 */
public interface RevocationLog {

    /** Records revocations, inside the transaction that made them. */
    void record(List<Revocation> revocations);

    /** Every revocation not yet expired at {@code now}. */
    List<Revocation> active(Instant now);

    /** Forgets expired revocations; how many. */
    int purgeExpired(Instant now);
}

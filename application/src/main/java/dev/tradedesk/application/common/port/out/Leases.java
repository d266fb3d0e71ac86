package dev.tradedesk.application.common.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Named leases shared by the cluster (Redis in production): at most one holder per name at a time, and
 * a lease its holder stops renewing passes to another node once its time-to-live runs out.
 *
 * <p>When the lease store cannot be reached, {@link #acquire} answers {@code false}: no node believes it
 * holds a lease it cannot prove, so the work it guards stops rather than runs twice.
 */
public interface Leases {

    /**
     * Takes the lease {@code name} for {@code holder}, or extends it when {@code holder} already has
     * it, for {@code ttl} from now.
     *
     * @return whether {@code holder} holds the lease afterwards
     */
    boolean acquire(String name, String holder, Duration ttl);

    /** Gives the lease up if {@code holder} has it; otherwise does nothing. */
    void release(String name, String holder);

    /** Who holds the lease now, if anybody (empty too when the store cannot be reached). */
    Optional<String> holder(String name);
}

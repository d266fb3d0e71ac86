package dev.tradedesk.application.accounts.port.out;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tells every node, this one included, that an account's own fields (email, name, email verification)
 * changed or that the account is gone, so that copies of them are dropped. Best effort, like any
 * pub/sub: see {@link #subscribe}.
 */
public interface AccountChangeBus {

    /** Announces a change that is already committed; never throws. */
    void publish(UUID userId);

    /**
     * Delivers each announced change to {@code listener}. {@code onSubscribed} runs whenever the
     * subscription is (re-)established and {@code onLost} whenever it is lost: in between, announcements
     * are missed.
     */
    void subscribe(Consumer<UUID> listener, Runnable onSubscribed, Runnable onLost);
}

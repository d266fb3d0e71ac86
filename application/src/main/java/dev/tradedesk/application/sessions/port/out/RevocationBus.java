package dev.tradedesk.application.sessions.port.out;

import dev.tradedesk.domain.sessions.Revocation;
import java.util.List;
import java.util.function.Consumer;

/** Tells every node, this one included, about revocations as they happen. Best effort: see {@link #subscribe}. */
public interface RevocationBus {

    /** Announces revocations that are already recorded (committed); never throws. */
    void publish(List<Revocation> revocations);

    /**
     * Delivers each announced revocation to {@code listener}. {@code onResubscribed} runs whenever the
     * subscription is (re-)established, because announcements may have been missed before it: the
     * caller then catches up from the {@link RevocationLog}.
     */
    void subscribe(Consumer<Revocation> listener, Runnable onResubscribed);
}

package dev.tradedesk.application.sessions;

import dev.tradedesk.application.sessions.port.out.RevocationBus;
import dev.tradedesk.application.sessions.port.out.RevocationLog;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps this node's {@link RevocationView} complete: subscribes to the bus, then loads the log, and
 * loads it again whenever the subscription is re-established (announcements made while Redis was
 * unreachable are in the log). {@link #maintain()} runs periodically, off the request path.
 */
public final class RevocationSync {

    private final RevocationView view;
    private final RevocationLog log;
    private final RevocationBus bus;
    private final Clock clock;

    public RevocationSync(RevocationView view, RevocationLog log, RevocationBus bus, Clock clock) {
        this.view = view;
        this.log = log;
        this.bus = bus;
        this.clock = clock;
    }

    public void start() {
        bus.subscribe(view::apply, this::catchUp);
        catchUp();
    }

    public void catchUp() {
        Instant now = clock.instant();
        log.active(now).forEach(view::apply);
        view.prune(now);
    }

    /** Reloads the log (a safety net for a lost announcement) and forgets what has expired. */
    public void maintain() {
        catchUp();
        log.purgeExpired(clock.instant());
    }
}

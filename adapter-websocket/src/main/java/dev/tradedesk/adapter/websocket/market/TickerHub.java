package dev.tradedesk.adapter.websocket.market;

import dev.tradedesk.adapter.websocket.market.TickerConnection.Update;
import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.market.port.in.TickerSubscription;
import dev.tradedesk.application.sessions.port.in.AccessGrant;
import dev.tradedesk.application.sessions.port.in.AccessGrantQuery;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscription hub of one node: which connection follows which symbol, and the fan-out of every
 * tick this node receives ({@link MarketQuery#watch}) to the followers of its symbol.
 *
 * <p><b>Threads.</b> The upstream thread only stores the tick as its symbol's latest and, if no fan-out
 * of that symbol is queued yet, queues one on the symbol's fan-out lane (one single-threaded executor per
 * lane, a symbol always on the same lane): it never serializes, sends or waits. The lane serializes the
 * latest tick once and offers that one text to every follower's outbox, which starts an asynchronous
 * send or conflates. Closing and pinging, which may block on a dead socket, run on a separate small
 * control pool. {@link #sweep()}, run every second, checks tokens, stalled sends and liveness.
 */
public final class TickerHub implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TickerHub.class);

    private final MarketQuery market;
    private final AccessGrantQuery grants;
    private final JsonMapper json;
    private final TickerSettings settings;
    private final TickerMetrics metrics;
    private final Clock clock;

    private final Set<TickerConnection> connections = ConcurrentHashMap.newKeySet();
    private final Map<Symbol, Set<TickerConnection>> followers = new ConcurrentHashMap<>();
    private final Map<Symbol, LatestTick> latest = new ConcurrentHashMap<>();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final ExecutorService[] lanes;
    private final ExecutorService control;
    private volatile TickerSubscription upstream;

    /** A tick and when this node received it. */
    private record Stamped(PriceTick tick, long receivedNanos) {
    }

    /** The newest tick of one symbol, and whether a fan-out of it is queued. */
    private static final class LatestTick {
        final AtomicReference<Stamped> tick = new AtomicReference<>();
        final AtomicBoolean queued = new AtomicBoolean();
    }

    public TickerHub(MarketQuery market, AccessGrantQuery grants, JsonMapper json, TickerSettings settings,
                     TickerMetrics metrics, Clock clock) {
        this.market = market;
        this.grants = grants;
        this.json = json;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.lanes = new ExecutorService[settings.fanoutThreads()];
        for (int i = 0; i < lanes.length; i++) {
            String name = "ticker-fanout-" + i;
            lanes[i] = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, name));
        }
        AtomicInteger controlThreads = new AtomicInteger();
        this.control = Executors.newFixedThreadPool(2,
                runnable -> daemon(runnable, "ticker-control-" + controlThreads.incrementAndGet()));
        metrics.bindGauges(connections::size, subscriptions::get);
    }

    /** Starts receiving this node's ticks. */
    public void start() {
        upstream = market.watch(this::onTick);
    }

    /**
     * Closes every connection with 1001 ("server shutting down") and waits up to {@code patience} for the
     * close frames to go out; for a node that is stopping, before its web server stops. Left to Tomcat, the
     * sessions are closed one by one with blocking writes after the connector has stopped, which with
     * thousands of subscribers can hold up the shutdown for minutes. Returns whether every close finished.
     */
    public boolean closeConnections(Duration patience) throws InterruptedException {
        TickerSubscription subscription = upstream;
        if (subscription != null) {
            subscription.close();
        }
        for (TickerConnection connection : connections) {
            drop(connection, CloseCause.SHUTDOWN);
        }
        control.shutdown();
        return control.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops receiving ticks and the hub's threads; connections still open are the container's to close. */
    @Override
    public void close() {
        TickerSubscription subscription = upstream;
        if (subscription != null) {
            subscription.close();
        }
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
        control.shutdownNow();
    }

    TickerMetrics metrics() {
        return metrics;
    }

    TickerSettings settings() {
        return settings;
    }

    String serialize(Object message) {
        return json.writeValueAsString(message);
    }

    // ---- connections ----

    TickerConnection connect(TickerTransport transport, AccessGrant grant) {
        TickerConnection connection = new TickerConnection(transport, grant, this, settings.maxQueuedReplies(),
                System.nanoTime());
        connections.add(connection);
        return connection;
    }

    /** The connection is gone (closed by either side): forget it. */
    void disconnected(TickerConnection connection) {
        connection.markClosing();
        if (connections.remove(connection)) {
            for (Symbol symbol : connection.followed()) {
                unfollow(connection, symbol);
            }
        }
    }

    /** Closes a connection from the server side, off the calling thread. */
    void drop(TickerConnection connection, CloseCause cause) {
        if (!connection.markClosing()) {
            return;
        }
        metrics.dropped(cause);
        log.debug("closing a ticker connection: {}", cause.reason());
        disconnected(connection);
        runOnControl(() -> connection.transport().close(cause.code(), cause.reason()));
    }

    void sendFailed(TickerConnection connection, Throwable failure) {
        if (isTimeout(failure)) {
            drop(connection, CloseCause.SLOW_CONSUMER);
        } else {
            log.debug("a ticker send failed; the connection is gone: {}", failure.toString());
            disconnected(connection);
        }
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    // ---- subscriptions ----

    /**
     * Makes {@code connection} follow {@code symbol} and queues the symbol's latest known tick for it,
     * on the symbol's lane, so the snapshot never overtakes a live tick fanned out before it.
     */
    void follow(TickerConnection connection, Symbol symbol) {
        if (!connection.follow(symbol)) {
            return;
        }
        followers.compute(symbol, (key, set) -> {
            Set<TickerConnection> result = set != null ? set : ConcurrentHashMap.newKeySet();
            result.add(connection);
            return result;
        });
        subscriptions.incrementAndGet();
        if (connection.isClosing()) {
            connection.unfollow(symbol);
            removeFollower(connection, symbol); // closed meanwhile: disconnected() may have missed it
            return;
        }
        runOnLane(symbol, () -> market.latestTick(symbol).ifPresent(tick ->
                connection.offer(new Update(symbol, serialize(TickerMessage.of(tick)), 0L))));
    }

    void unfollow(TickerConnection connection, Symbol symbol) {
        if (connection.unfollow(symbol)) {
            removeFollower(connection, symbol);
        }
    }

    private void removeFollower(TickerConnection connection, Symbol symbol) {
        boolean[] removed = {false};
        followers.computeIfPresent(symbol, (key, set) -> {
            removed[0] = set.remove(connection);
            return set.isEmpty() ? null : set;
        });
        if (removed[0]) {
            subscriptions.decrementAndGet();
        }
    }

    // ---- fan-out ----

    /** On the upstream thread: remember, queue a fan-out if none is queued, return. */
    private void onTick(PriceTick tick) {
        LatestTick slot = latest.computeIfAbsent(tick.symbol(), symbol -> new LatestTick());
        slot.tick.set(new Stamped(tick, System.nanoTime()));
        if (slot.queued.compareAndSet(false, true)) {
            runOnLane(tick.symbol(), () -> fanOut(slot));
        }
    }

    /** On the symbol's lane: one serialization, then an offer to each follower. */
    private void fanOut(LatestTick slot) {
        slot.queued.set(false);
        Stamped stamped = slot.tick.get();
        Symbol symbol = stamped.tick().symbol();
        Collection<TickerConnection> targets = followers.get(symbol);
        if (targets == null || targets.isEmpty()) {
            return;
        }
        Update update = new Update(symbol, serialize(TickerMessage.of(stamped.tick())), stamped.receivedNanos());
        for (TickerConnection connection : targets) {
            connection.offer(update);
        }
    }

    // ---- housekeeping ----

    /**
     * Once a second: closes connections whose token expired or was revoked (1008), whose send has been
     * stuck longer than the send timeout (1008), or that did not answer a ping (1001); pings connections
     * that have been silent for the ping interval.
     */
    public void sweep() {
        long now = System.nanoTime();
        long sendTimeout = settings.sendTimeout().toNanos();
        long pingInterval = settings.pingInterval().toNanos();
        long pongTimeout = settings.pongTimeout().toNanos();
        for (TickerConnection connection : connections) {
            AccessGrant grant = connection.grant();
            if (!grants.holds(grant)) {
                drop(connection, clock.instant().isBefore(grant.expiresAt())
                        ? CloseCause.TOKEN_REVOKED : CloseCause.TOKEN_EXPIRED);
            } else if (connection.stalled(now, sendTimeout)) {
                drop(connection, CloseCause.SLOW_CONSUMER);
            } else if (connection.pingedAtNanos() - connection.lastHeardNanos() > 0) {
                // the pong timeout runs from when the ping went out, not from when it was queued: with
                // thousands of connections the control pool may take a while to get through the pings
                if (!connection.pingQueued() && now - connection.pingedAtNanos() > pongTimeout) {
                    drop(connection, CloseCause.DEAD);
                }
            } else if (now - connection.lastHeardNanos() > pingInterval) {
                connection.pinged(now);
                connection.pingQueued(true);
                runOnControl(() -> {
                    connection.pinged(System.nanoTime());
                    connection.pingQueued(false);
                    connection.transport().ping();
                });
            }
        }
    }

    /** Waits until every fan-out task queued so far has run (for tests). */
    void awaitFanOut() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(lanes.length);
        for (ExecutorService lane : lanes) {
            lane.execute(done::countDown);
        }
        if (!done.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("fan-out lanes did not drain");
        }
    }

    public int connectionCount() {
        return connections.size();
    }

    private void runOnLane(Symbol symbol, Runnable task) {
        try {
            lanes[Math.floorMod(symbol.hashCode(), lanes.length)].execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("ticker fan-out of {} failed", symbol, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("ticker hub stopped; dropping a fan-out task");
        }
    }

    private void runOnControl(Runnable task) {
        try {
            control.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("ticker hub stopped; dropping a control task");
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}

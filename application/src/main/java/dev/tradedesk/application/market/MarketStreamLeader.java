package dev.tradedesk.application.market;

import dev.tradedesk.application.common.port.out.Leases;
import dev.tradedesk.application.market.port.out.FanoutUnavailableException;
import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Keeps exactly one upstream stream in the cluster. Every node calls {@link #maintain()} about once a
 * second; the node that holds the lease {@value #LEASE} (renewed on each call) keeps the exchange's
 * stream open, stores each tick in the shared {@link PriceCache} and publishes it through the
 * {@link TickerFanout} to every node. While the stream is down the holder polls REST prices instead. A
 * node that loses the lease closes its stream; when the holder dies, its lease runs out after
 * {@link MarketSettings#leaseTtl()} and the next node to call {@code maintain} takes over.
 *
 * <p>When the lease store cannot be reached no node holds the lease, so no stream runs, and each node
 * answers prices by asking the exchange itself ({@link MarketDataService#price}); when the fan-out is
 * down the holder still delivers its ticks to its own node.
 */
public final class MarketStreamLeader implements AutoCloseable {

    public static final String LEASE = "market:stream";

    /** The longest wait between polls after failures, in poll intervals (2 s x 30 = 1 min by default). */
    static final long MAX_POLL_BACKOFF_FACTOR = 30;

    private static final System.Logger log = System.getLogger(MarketStreamLeader.class.getName());

    private final TickerFeed feed;
    private final PriceSource exchange;
    private final TickerFanout fanout;
    private final PriceCache cache;
    private final Leases leases;
    private final MarketDataService market;
    private final Clock clock;
    private final MarketSettings settings;

    private TickerFeed.Connection connection;
    private volatile boolean streamUp;
    private Instant nextPoll = Instant.MIN;
    private int pollFailures;
    private boolean closed;

    public MarketStreamLeader(TickerFeed feed, PriceSource exchange, TickerFanout fanout, PriceCache cache,
            Leases leases, MarketDataService market, Clock clock, MarketSettings settings) {
        this.feed = feed;
        this.exchange = exchange;
        this.fanout = fanout;
        this.cache = cache;
        this.leases = leases;
        this.market = market;
        this.clock = clock;
        this.settings = settings;
    }

    /** Renews or takes the lease, opens or closes the stream to match, and polls while the stream is down. */
    public synchronized void maintain() {
        if (closed) {
            return;
        }
        boolean holder = leases.acquire(LEASE, settings.nodeId(), settings.leaseTtl());
        market.streamHolder(holder);
        if (holder && connection == null) {
            open();
        } else if (!holder && connection != null) {
            log.log(Level.INFO, "node {0} no longer holds the market stream lease; closing its stream", settings.nodeId());
            disconnect();
        }
        if (holder && !streamUp && !clock.instant().isBefore(nextPoll)) {
            poll();
        }
    }

    /** Whether this node holds the stream now. */
    public synchronized boolean holdsStream() {
        return connection != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            disconnect();
            leases.release(LEASE, settings.nodeId());
        }
        market.streamHolder(false);
    }

    private void open() {
        Set<Symbol> streaming = market.streamSymbols();
        log.log(Level.INFO, "node {0} holds the market stream lease; streaming {1} symbols",
                settings.nodeId(), streaming.size());
        streamUp = false;
        nextPoll = Instant.MIN;
        if (streaming.isEmpty()) {
            connection = () -> { };
            return;
        }
        connection = feed.connect(streaming, new TickerFeed.Listener() {
            @Override
            public void onTick(PriceTick tick) {
                distribute(tick);
            }

            @Override
            public void onStatus(boolean up, String reason) {
                if (up != streamUp) {
                    log.log(up ? Level.INFO : Level.WARNING, "market stream {0}: {1}", up ? "up" : "down", reason);
                }
                streamUp = up;
            }
        });
    }

    private void disconnect() {
        try {
            connection.close();
        } finally {
            connection = null;
            streamUp = false;
        }
    }

    /**
     * Polls once; after a failure the next poll waits twice as long each time (up to {@value #MAX_POLL_BACKOFF_FACTOR}
     * poll intervals, or until the exchange's own backoff ends), and the failure is logged on the 1st,
     * 2nd, 4th, 8th... time only, so an unreachable exchange neither floods it nor the log.
     */
    private void poll() {
        Instant now = clock.instant();
        nextPoll = now.plus(settings.pollInterval());
        // asked afresh: a stream opened while the symbol list was unavailable follows the configured
        // symbols unfiltered, and one unlisted symbol would fail every poll
        Set<Symbol> symbols = market.streamSymbols();
        if (symbols.isEmpty()) {
            return;
        }
        try {
            exchange.prices(symbols).forEach(this::distribute);
            if (pollFailures > 0) {
                log.log(Level.INFO, "polling prices works again after {0} failure(s)", pollFailures);
            }
            pollFailures = 0;
        } catch (PriceUnavailableException | UnknownSymbolException e) {
            pollFailures++;
            long factor = 1L << Math.min(pollFailures, 30);
            Instant backoff = now.plus(settings.pollInterval().multipliedBy(Math.min(factor, MAX_POLL_BACKOFF_FACTOR)));
            Instant exchangeBackoff = e instanceof PriceUnavailableException unavailable
                    ? unavailable.retryAt().orElse(backoff) : backoff;
            nextPoll = exchangeBackoff.isAfter(backoff) ? exchangeBackoff : backoff;
            if (Integer.bitCount(pollFailures) == 1) {
                log.log(Level.WARNING, "polling prices while the stream is down failed ({0} in a row; next try at {1}): {2}",
                        pollFailures, nextPoll, e.getMessage());
            }
        }
    }

    private void distribute(PriceTick tick) {
        cache.put(tick);
        try {
            fanout.publish(tick);
        } catch (FanoutUnavailableException e) {
            market.receive(tick);
        }
    }
}

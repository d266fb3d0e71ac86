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
    private Set<Symbol> streaming = Set.of();
    private volatile boolean streamUp;
    private Instant lastPoll = Instant.MIN;
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
        if (holder && !streamUp && !clock.instant().isBefore(lastPoll.plus(settings.pollInterval()))) {
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
        streaming = market.streamSymbols();
        log.log(Level.INFO, "node {0} holds the market stream lease; streaming {1} symbols",
                settings.nodeId(), streaming.size());
        streamUp = false;
        lastPoll = Instant.MIN;
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

    private void poll() {
        lastPoll = clock.instant();
        if (streaming.isEmpty()) {
            return;
        }
        try {
            exchange.prices(streaming).forEach(this::distribute);
        } catch (PriceUnavailableException | UnknownSymbolException e) {
            log.log(Level.WARNING, "polling prices while the stream is down failed: {0}", e.getMessage());
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

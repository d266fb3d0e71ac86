package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.market.port.in.MarketStatus;
import dev.tradedesk.application.market.port.in.TickerSubscription;
import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Market data on one node. Ticks arrive through the cluster's {@link TickerFanout} (published by the
 * node holding the upstream stream, see {@link MarketStreamLeader}) and are kept in memory, newest per
 * symbol; a price request is answered from memory, then from the shared {@link PriceCache}, then by
 * asking the exchange once per symbol at a time, and never with a price older than the staleness limit.
 * The exchange's symbol list is cached for {@link MarketSettings#symbolsRefresh()}; when a refresh
 * fails, the previous list stays in use.
 */
public final class MarketDataService implements MarketQuery, AutoCloseable {

    private static final System.Logger log = System.getLogger(MarketDataService.class.getName());

    private record Catalogue(Map<Symbol, SymbolInfo> symbols, List<SymbolInfo> tradable, Instant loadedAt) {
    }

    private final PriceSource exchange;
    private final PriceCache cache;
    private final TickerFanout fanout;
    private final Clock clock;
    private final MarketSettings settings;

    private final Map<Symbol, PriceTick> latest = new ConcurrentHashMap<>();
    private final List<Consumer<PriceTick>> watchers = new CopyOnWriteArrayList<>();
    private final Map<Symbol, CompletableFuture<PriceTick>> fetches = new ConcurrentHashMap<>();
    private final Map<Symbol, Instant> failedUntil = new ConcurrentHashMap<>();
    private final ReentrantLock catalogueLock = new ReentrantLock();
    private volatile Catalogue catalogue;
    private volatile Instant newestAsOf;
    private volatile boolean streamHolder;
    private volatile TickerFanout.Subscription subscription;

    public MarketDataService(PriceSource exchange, PriceCache cache, TickerFanout fanout, Clock clock,
            MarketSettings settings) {
        this.exchange = exchange;
        this.cache = cache;
        this.fanout = fanout;
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts receiving the cluster's ticks. */
    public void start() {
        if (subscription == null) {
            subscription = fanout.subscribe(this::receive);
        }
    }

    @Override
    public void close() {
        TickerFanout.Subscription current = subscription;
        subscription = null;
        if (current != null) {
            current.close();
        }
    }

    /** A tick for this node: kept when newer than what is known, then passed to every watcher. */
    public void receive(PriceTick tick) {
        PriceTick kept = latest.merge(tick.symbol(), tick, MarketDataService::newer);
        if (kept != tick) {
            return;
        }
        Instant newest = newestAsOf;
        if (newest == null || tick.asOf().isAfter(newest)) {
            newestAsOf = tick.asOf();
        }
        for (Consumer<PriceTick> watcher : watchers) {
            try {
                watcher.accept(tick);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "a ticker watcher failed; it keeps its registration", e);
            }
        }
    }

    /** Called by the stream leader: whether this node holds the upstream stream now. */
    void streamHolder(boolean holder) {
        this.streamHolder = holder;
    }

    @Override
    public List<SymbolInfo> tradableSymbols() {
        return catalogue().tradable();
    }

    @Override
    public SymbolInfo symbol(Symbol symbol) {
        SymbolInfo info = catalogue().symbols().get(symbol);
        if (info == null) {
            throw new UnknownSymbolException(symbol);
        }
        return info;
    }

    @Override
    public PriceTick price(Symbol symbol) {
        symbol(symbol);
        PriceTick known = latest.get(symbol);
        if (isFresh(known)) {
            return known;
        }
        Optional<PriceTick> cached = cache.latest(symbol).filter(this::isFresh);
        if (cached.isPresent()) {
            latest.merge(symbol, cached.get(), MarketDataService::newer);
            return cached.get();
        }
        PriceTick fetched = fetchOnce(symbol);
        if (isFresh(fetched)) {
            return fetched;
        }
        throw new PriceUnavailableException("No price of " + symbol + " is fresher than "
                + settings.staleness().toSeconds() + " s.", (Throwable) null);
    }

    @Override
    public Optional<PriceTick> latestTick(Symbol symbol) {
        return Optional.ofNullable(latest.get(symbol));
    }

    @Override
    public TickerSubscription watch(Consumer<PriceTick> listener) {
        watchers.add(listener);
        return () -> watchers.remove(listener);
    }

    @Override
    public MarketStatus status() {
        Instant newest = newestAsOf;
        Optional<Duration> age = Optional.ofNullable(newest)
                .map(asOf -> maxZero(Duration.between(asOf, clock.instant())));
        boolean up = age.filter(value -> value.compareTo(settings.staleness()) <= 0).isPresent();
        return new MarketStatus(up, Optional.ofNullable(newest), age, streamHolder, settings.source());
    }

    /** The symbols the upstream stream should follow: the configured ones the exchange lists as tradable. */
    Set<Symbol> streamSymbols() {
        try {
            Map<Symbol, SymbolInfo> known = catalogue().symbols();
            return settings.streamSymbols().stream()
                    .filter(symbol -> known.containsKey(symbol) && known.get(symbol).isTradable())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (PriceUnavailableException e) {
            return settings.streamSymbols();
        }
    }

    private boolean isFresh(PriceTick tick) {
        return tick != null
                && Duration.between(tick.asOf(), clock.instant()).compareTo(settings.staleness()) <= 0;
    }

    /** Asks the exchange, one request per symbol however many callers wait, and not again right after a failure. */
    private PriceTick fetchOnce(Symbol symbol) {
        Instant blockedUntil = failedUntil.get(symbol);
        if (blockedUntil != null && clock.instant().isBefore(blockedUntil)) {
            throw new PriceUnavailableException("The price of " + symbol + " is unavailable; try again shortly.",
                    blockedUntil);
        }
        CompletableFuture<PriceTick> mine = new CompletableFuture<>();
        CompletableFuture<PriceTick> running = fetches.putIfAbsent(symbol, mine);
        if (running != null) {
            return join(running);
        }
        try {
            PriceTick tick = exchange.price(symbol);
            failedUntil.remove(symbol);
            receive(tick);
            cache.put(tick);
            mine.complete(tick);
            return tick;
        } catch (RuntimeException e) {
            if (e instanceof PriceUnavailableException) {
                failedUntil.put(symbol, clock.instant().plus(settings.retryAfterFailure()));
            }
            mine.completeExceptionally(e);
            throw e;
        } finally {
            fetches.remove(symbol, mine);
        }
    }

    private static PriceTick join(CompletableFuture<PriceTick> fetch) {
        try {
            return fetch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PriceUnavailableException("Interrupted while waiting for a price.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new PriceUnavailableException("The price could not be had.", e.getCause());
        }
    }

    private Catalogue catalogue() {
        Catalogue current = catalogue;
        if (current != null && !isDue(current)) {
            return current;
        }
        if (current != null && !catalogueLock.tryLock()) {
            return current;
        }
        if (current == null) {
            catalogueLock.lock();
        }
        try {
            Catalogue again = catalogue;
            if (again != null && again != current && !isDue(again)) {
                return again;
            }
            return reloadCatalogue(again);
        } finally {
            catalogueLock.unlock();
        }
    }

    private Catalogue reloadCatalogue(Catalogue previous) {
        try {
            List<SymbolInfo> symbols = exchange.symbols();
            Map<Symbol, SymbolInfo> bySymbol = symbols.stream()
                    .collect(Collectors.toUnmodifiableMap(SymbolInfo::symbol, Function.identity(), (a, b) -> a));
            List<SymbolInfo> tradable = symbols.stream().filter(SymbolInfo::isTradable)
                    .sorted(Comparator.comparing(info -> info.symbol().value())).toList();
            Catalogue loaded = new Catalogue(bySymbol, tradable, clock.instant());
            catalogue = loaded;
            return loaded;
        } catch (PriceUnavailableException e) {
            if (previous != null) {
                log.log(Level.WARNING, "the symbol list could not be refreshed; the previous one stays in use: {0}",
                        e.getMessage());
                catalogue = new Catalogue(previous.symbols(), previous.tradable(),
                        clock.instant().minus(settings.symbolsRefresh()).plus(settings.retryAfterFailure()));
                return previous;
            }
            throw new PriceUnavailableException("The exchange's symbol list is unavailable.", e);
        }
    }

    private boolean isDue(Catalogue current) {
        return !clock.instant().isBefore(current.loadedAt().plus(settings.symbolsRefresh()));
    }

    private static PriceTick newer(PriceTick old, PriceTick fresh) {
        return fresh.asOf().isBefore(old.asOf()) ? old : fresh;
    }

    private static Duration maxZero(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}

package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.market.port.in.MarketStatus;
import dev.tradedesk.application.market.port.in.TickerSubscription;
import dev.tradedesk.domain.market.LotSize;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link MarketQuery} held in memory, for application tests: symbols and prices set by hand; a price
 * older than the staleness limit by the injected clock is unavailable, as in the real service.
 */
public class InMemoryMarketQuery implements MarketQuery {

    private final Map<Symbol, SymbolInfo> symbols = new ConcurrentHashMap<>();
    private final Map<Symbol, PriceTick> ticks = new ConcurrentHashMap<>();
    private final List<Consumer<PriceTick>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Duration staleness;
    private volatile boolean down;

    public InMemoryMarketQuery(Clock clock, Duration staleness) {
        this.clock = clock;
        this.staleness = staleness;
    }

    /** On the system clock with the default staleness limit of 10 s. */
    public InMemoryMarketQuery() {
        this(Clock.systemUTC(), Duration.ofSeconds(10));
    }

    /** Lists {@code base + quote} as trading, without filters. */
    public InMemoryMarketQuery list(String base, String quote) {
        Symbol symbol = new Symbol(base + quote);
        list(new SymbolInfo(symbol, base, quote, SymbolStatus.TRADING, Optional.empty(), Optional.empty(),
                Optional.empty()));
        return this;
    }

    /** Remembers {@code tick} as its symbol's latest and gives it to every watcher, on this thread. */
    public void publish(PriceTick tick) {
        ticks.put(tick.symbol(), tick);
        listeners.forEach(listener -> listener.accept(tick));
    }

    public int watcherCount() {
        return listeners.size();
    }

    /** A trading symbol with Binance-like filters: step 0.00001, min 0.00001, max 9000, min notional 5. */
    public static SymbolInfo trading(String symbol, String base, String quote) {
        return new SymbolInfo(new Symbol(symbol), base, quote, SymbolStatus.TRADING, Optional.empty(),
                Optional.of(new LotSize(new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"))),
                Optional.of(new BigDecimal("5")));
    }

    public void list(SymbolInfo info) {
        symbols.put(info.symbol(), info);
    }

    /** Sets the symbol's price as of now. */
    public PriceTick setPrice(String symbol, String price) {
        return setPrice(symbol, price, clock.instant());
    }

    public PriceTick setPrice(String symbol, String price, Instant asOf) {
        PriceTick tick = new PriceTick(new Symbol(symbol), new BigDecimal(price), BigDecimal.ZERO, BigDecimal.ZERO,
                Optional.empty(), Optional.empty(), asOf, "memory");
        publish(tick);
        return tick;
    }

    /** Every call that would reach the exchange fails until {@link #up()}. */
    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    @Override
    public List<SymbolInfo> tradableSymbols() {
        return symbols.values().stream().filter(SymbolInfo::isTradable)
                .sorted(Comparator.comparing(info -> info.symbol().value())).toList();
    }

    @Override
    public SymbolInfo symbol(Symbol symbol) {
        if (down) {
            throw new PriceUnavailableException("in-memory market is down", (Throwable) null);
        }
        SymbolInfo info = symbols.get(symbol);
        if (info == null) {
            throw new UnknownSymbolException(symbol);
        }
        return info;
    }

    @Override
    public PriceTick price(Symbol symbol) {
        symbol(symbol);
        PriceTick tick = ticks.get(symbol);
        if (tick == null || tick.asOf().isBefore(clock.instant().minus(staleness))) {
            throw new PriceUnavailableException("no fresh price of " + symbol, (Throwable) null);
        }
        return tick;
    }

    @Override
    public Optional<PriceTick> latestTick(Symbol symbol) {
        return Optional.ofNullable(ticks.get(symbol));
    }

    @Override
    public TickerSubscription watch(Consumer<PriceTick> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public MarketStatus status() {
        Optional<Instant> newest = ticks.values().stream().map(PriceTick::asOf).max(Comparator.naturalOrder());
        Optional<Duration> age = newest.map(at -> Duration.between(at, clock.instant()));
        return new MarketStatus(!down && age.map(a -> a.compareTo(staleness) <= 0).orElse(false), newest, age,
                false, "memory");
    }
}

package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.UnknownSymbolException;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link PriceSource} held in memory, for application tests: symbols and ticks are set by hand, and
 * {@link #unavailableUntil(Instant)} / {@link #unavailable()} make every call fail as the exchange would.
 */
public class InMemoryPriceSource implements PriceSource {

    private final Map<Symbol, SymbolInfo> symbols = new ConcurrentHashMap<>();
    private final Map<Symbol, PriceTick> ticks = new ConcurrentHashMap<>();
    private final List<Symbol> order = new CopyOnWriteArrayList<>();
    private volatile PriceUnavailableException failure;
    private final AtomicInteger priceCalls = new AtomicInteger();
    private final AtomicInteger batchCalls = new AtomicInteger();
    private volatile CountDownLatch priceGate;

    public InMemoryPriceSource() {
    }

    public InMemoryPriceSource(Collection<SymbolInfo> symbols, Collection<PriceTick> ticks) {
        symbols.forEach(this::put);
        ticks.forEach(this::put);
    }

    /** Lists (or replaces) a symbol. */
    public void put(SymbolInfo info) {
        if (symbols.put(info.symbol(), info) == null) {
            order.add(info.symbol());
        }
    }

    /** Sets a symbol's current price; the symbol must be listed. */
    public void put(PriceTick tick) {
        if (!symbols.containsKey(tick.symbol())) {
            throw new IllegalArgumentException("list " + tick.symbol() + " before pricing it");
        }
        ticks.put(tick.symbol(), tick);
    }

    /** Every call fails with no backoff, as on a network failure, until {@link #recover()}. */
    public void unavailable() {
        failure = new PriceUnavailableException("in-memory price source switched off", (Throwable) null);
    }

    /** Every call fails with a backoff until {@code retryAt}, until {@link #recover()}. */
    public void unavailableUntil(Instant retryAt) {
        failure = new PriceUnavailableException("in-memory price source backing off", retryAt);
    }

    public void recover() {
        failure = null;
    }

    @Override
    public List<SymbolInfo> symbols() {
        failIfSwitchedOff();
        List<SymbolInfo> listed = new ArrayList<>();
        for (Symbol symbol : order) {
            listed.add(symbols.get(symbol));
        }
        return List.copyOf(listed);
    }

    @Override
    public PriceTick price(Symbol symbol) {
        priceCalls.incrementAndGet();
        awaitGate();
        failIfSwitchedOff();
        PriceTick tick = ticks.get(symbol);
        if (tick == null) {
            throw new UnknownSymbolException(symbol);
        }
        return tick;
    }

    @Override
    public List<PriceTick> prices(Collection<Symbol> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        batchCalls.incrementAndGet();
        failIfSwitchedOff();
        Map<Symbol, PriceTick> found = new LinkedHashMap<>();
        for (Symbol symbol : new LinkedHashSet<>(wanted)) {
            found.put(symbol, price(symbol));
        }
        return List.copyOf(found.values());
    }

    /** How many times {@link #price(Symbol)} was called (directly or through {@link #prices}). */
    public int priceCalls() {
        return priceCalls.get();
    }

    /** How many times {@link #prices} asked for a non-empty list, failed or not. */
    public int batchCalls() {
        return batchCalls.get();
    }

    /** Makes {@link #price(Symbol)} wait until {@code gate} opens, as a slow exchange would. */
    public void holdPricesUntil(CountDownLatch gate) {
        this.priceGate = gate;
    }

    private void awaitGate() {
        CountDownLatch gate = priceGate;
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void failIfSwitchedOff() {
        PriceUnavailableException current = failure;
        if (current != null) {
            throw current;
        }
    }
}

package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.market.port.in.MarketStatus;
import dev.tradedesk.application.market.port.in.TickerSubscription;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A minimal {@link MarketQuery} for consumers of live ticks: a fixed list of symbols, and ticks
 * {@linkplain #publish published} by the test, remembered as the latest and handed to every watcher on
 * the publisher's thread (as the real service does on its receiving thread).
 */
public final class InMemoryMarketQuery implements MarketQuery {

    private final Map<Symbol, SymbolInfo> symbols = new ConcurrentHashMap<>();
    private final Map<Symbol, PriceTick> latest = new ConcurrentHashMap<>();
    private final List<Consumer<PriceTick>> watchers = new CopyOnWriteArrayList<>();

    /** Lists {@code symbol} as trading, quoted in the part after {@code base}. */
    public InMemoryMarketQuery list(String base, String quote) {
        Symbol symbol = new Symbol(base + quote);
        symbols.put(symbol, new SymbolInfo(symbol, base, quote, SymbolStatus.TRADING, Optional.empty(),
                Optional.empty(), Optional.empty()));
        return this;
    }

    /** Remembers {@code tick} as its symbol's latest and gives it to every watcher. */
    public void publish(PriceTick tick) {
        latest.put(tick.symbol(), tick);
        watchers.forEach(watcher -> watcher.accept(tick));
    }

    public int watcherCount() {
        return watchers.size();
    }

    @Override
    public List<SymbolInfo> tradableSymbols() {
        return symbols.values().stream().sorted(java.util.Comparator.comparing(info -> info.symbol().value())).toList();
    }

    @Override
    public SymbolInfo symbol(Symbol symbol) {
        SymbolInfo info = symbols.get(symbol);
        if (info == null) {
            throw new UnknownSymbolException(symbol);
        }
        return info;
    }

    @Override
    public PriceTick price(Symbol symbol) {
        symbol(symbol);
        PriceTick tick = latest.get(symbol);
        if (tick == null) {
            throw new PriceUnavailableException("no tick of " + symbol + " yet", (Throwable) null);
        }
        return tick;
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
        Optional<java.time.Instant> newest = latest.values().stream().map(PriceTick::asOf).max(java.util.Comparator.naturalOrder());
        return new MarketStatus(newest.isPresent(), newest, Optional.empty(), false, "in-memory");
    }
}

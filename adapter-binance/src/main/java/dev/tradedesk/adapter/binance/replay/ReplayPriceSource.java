package dev.tradedesk.adapter.binance.replay;

import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * {@link PriceSource} on a {@link ReplayMarket}: the symbols of its {@code exchangeInfo}, and prices from
 * the replay's state at the clock's current position in the loop, stamped with the clock's time. Never
 * remote, never slow. Thread-safe.
 */
public class ReplayPriceSource implements PriceSource {

    private final ReplayMarket market;
    private final Clock clock;

    /** On the bundled recording. */
    public ReplayPriceSource(Clock clock) {
        this(ReplayMarket.bundled(), clock);
    }

    public ReplayPriceSource(ReplayMarket market, Clock clock) {
        this.market = Objects.requireNonNull(market, "market");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<SymbolInfo> symbols() {
        return market.symbols();
    }

    @Override
    public PriceTick price(Symbol symbol) {
        Instant now = clock.instant();
        return priceAt(symbol, market.position(now), now);
    }

    @Override
    public List<PriceTick> prices(Collection<Symbol> symbols) {
        Instant now = clock.instant();
        long position = market.position(now);
        List<PriceTick> ticks = new ArrayList<>();
        for (Symbol symbol : new LinkedHashSet<>(symbols)) {
            ticks.add(priceAt(symbol, position, now));
        }
        return List.copyOf(ticks);
    }

    private PriceTick priceAt(Symbol symbol, long position, Instant now) {
        Objects.requireNonNull(symbol, "symbol");
        if (market.symbol(symbol).isEmpty()) {
            throw new UnknownSymbolException(symbol);
        }
        return market.priceAt(symbol, position, now).orElseThrow(() -> new PriceUnavailableException(
                "the replay recording has no price of " + symbol.value(), (Throwable) null));
    }
}

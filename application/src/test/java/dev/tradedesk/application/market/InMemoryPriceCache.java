package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The newest tick per symbol in a map; it can be made unreachable, when it behaves like a dead cache. */
public final class InMemoryPriceCache implements PriceCache {

    private final Map<Symbol, PriceTick> ticks = new ConcurrentHashMap<>();
    private volatile boolean reachable = true;

    @Override
    public void put(PriceTick tick) {
        if (reachable) {
            ticks.merge(tick.symbol(), tick, (old, fresh) -> fresh.asOf().isBefore(old.asOf()) ? old : fresh);
        }
    }

    @Override
    public Optional<PriceTick> latest(Symbol symbol) {
        return reachable ? Optional.ofNullable(ticks.get(symbol)) : Optional.empty();
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }
}

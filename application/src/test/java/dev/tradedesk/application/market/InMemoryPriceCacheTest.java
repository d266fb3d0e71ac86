package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.domain.market.Symbol;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryPriceCacheTest extends PriceCacheContract {

    private final InMemoryPriceCache cache = new InMemoryPriceCache();

    @Override
    protected PriceCache cache() {
        return cache;
    }

    @Test
    void an_unreachable_cache_misses_and_drops_writes_without_throwing() {
        Symbol symbol = uniqueSymbol();
        cache.put(tick(symbol, "1", Instant.parse("2026-11-21T10:00:00Z")));

        cache.setReachable(false);
        cache.put(tick(symbol, "2", Instant.parse("2026-11-21T10:00:01Z")));
        assertThat(cache.latest(symbol)).isEmpty();

        cache.setReachable(true);
        assertThat(cache.latest(symbol).orElseThrow().price()).isEqualByComparingTo("1");
    }
}

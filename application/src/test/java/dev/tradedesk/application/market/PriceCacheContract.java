package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PriceCache} must do; each implementation's test extends this. Symbols are unique
 * per test, so tests sharing a store do not see each other's ticks.
 */
public abstract class PriceCacheContract {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00.123Z");

    /** A new cache; when the implementation is shared by nodes, every call gives a node of the same store. */
    protected abstract PriceCache cache();

    @Test
    void an_unknown_symbol_is_a_miss() {
        assertThat(cache().latest(uniqueSymbol())).isEmpty();
    }

    @Test
    void returns_the_tick_exactly_as_stored_with_every_scale_and_the_optional_quotes() {
        PriceCache cache = cache();
        Symbol full = uniqueSymbol();
        Symbol bare = uniqueSymbol();
        PriceTick withQuotes = new PriceTick(full, new BigDecimal("64123.45000000"), new BigDecimal("-0.120"),
                new BigDecimal("0E-8"), Optional.of(new BigDecimal("64123.44000000")),
                Optional.of(new BigDecimal("64123.46000000")), Instant.parse("2026-11-21T10:00:00.123456789Z"),
                "binance");
        PriceTick withoutQuotes = new PriceTick(bare, new BigDecimal("1E+3"), new BigDecimal("0"),
                new BigDecimal("8913.3"), Optional.empty(), Optional.of(new BigDecimal("1000.5")), T0, "rest fallback");

        cache.put(withQuotes);
        cache.put(withoutQuotes);

        assertThat(cache.latest(full)).contains(withQuotes);
        assertThat(cache.latest(bare)).contains(withoutQuotes);
        PriceTick read = cache.latest(full).orElseThrow();
        assertThat(read.price().scale()).isEqualTo(8);
        assertThat(read.volume24h().scale()).isEqualTo(8);
        assertThat(read.change24hPct().scale()).isEqualTo(3);
        assertThat(cache.latest(bare).orElseThrow().price().scale()).isEqualTo(-3);
    }

    @Test
    void a_newer_tick_replaces_the_stored_one() {
        PriceCache cache = cache();
        Symbol symbol = uniqueSymbol();
        cache.put(tick(symbol, "100.00", T0));
        PriceTick newer = tick(symbol, "101.00", T0.plusNanos(1));

        cache.put(newer);

        assertThat(cache.latest(symbol)).contains(newer);
    }

    @Test
    void an_older_tick_is_ignored() {
        PriceCache cache = cache();
        Symbol symbol = uniqueSymbol();
        PriceTick newer = tick(symbol, "101.00", T0.plusSeconds(1));
        cache.put(newer);

        cache.put(tick(symbol, "100.00", T0));
        cache.put(tick(symbol, "100.50", T0.plusSeconds(1).minusNanos(1)));

        assertThat(cache.latest(symbol)).contains(newer);
    }

    @Test
    void keeps_the_latest_tick_of_each_symbol_apart() {
        PriceCache cache = cache();
        Symbol a = uniqueSymbol();
        Symbol b = uniqueSymbol();
        PriceTick latestA = tick(a, "2", T0.plusSeconds(2));
        PriceTick latestB = tick(b, "30", T0.plusSeconds(1));

        cache.put(tick(a, "1", T0));
        cache.put(tick(b, "20", T0));
        cache.put(latestA);
        cache.put(latestB);
        cache.put(tick(a, "0.5", T0.plusSeconds(1)));

        assertThat(cache.latest(a)).contains(latestA);
        assertThat(cache.latest(b)).contains(latestB);
    }

    @Test
    void answers_with_the_stored_tick_however_old_it_is() {
        PriceCache cache = cache();
        Symbol symbol = uniqueSymbol();
        PriceTick ancient = tick(symbol, "0.00000001", Instant.parse("2017-07-14T00:00:00Z"));

        cache.put(ancient);

        assertThat(cache.latest(symbol)).contains(ancient);
    }

    protected static Symbol uniqueSymbol() {
        return new Symbol("C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT));
    }

    protected static PriceTick tick(Symbol symbol, String price, Instant asOf) {
        return new PriceTick(symbol, new BigDecimal(price), new BigDecimal("1.5"), new BigDecimal("10.000"),
                Optional.of(new BigDecimal(price)), Optional.empty(), asOf, "contract");
    }
}

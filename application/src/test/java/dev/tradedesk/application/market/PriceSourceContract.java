package dev.tradedesk.application.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.domain.market.UnknownSymbolException;
import dev.tradedesk.domain.market.LotSize;
import dev.tradedesk.domain.market.PriceFilter;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PriceSource} must do; each implementation's test extends this and serves
 * {@link #SYMBOLS} and {@link #TICKS} from wherever it reads them (memory, a fake exchange).
 */
public abstract class PriceSourceContract {

    protected static final Symbol BTCUSDT = new Symbol("BTCUSDT");
    protected static final Symbol BNBBTC = new Symbol("BNBBTC");
    protected static final Symbol OLDCOIN = new Symbol("OLDBTC");

    /** Two trading symbols with every filter, one halted symbol with none. */
    protected static final List<SymbolInfo> SYMBOLS = List.of(
            new SymbolInfo(BTCUSDT, "BTC", "USDT", SymbolStatus.TRADING,
                    Optional.of(new PriceFilter(dec("0.01000000"), dec("0.01000000"), dec("1000000.00000000"))),
                    Optional.of(new LotSize(dec("0.00001000"), dec("0.00001000"), dec("9000.00000000"))),
                    Optional.of(dec("5.00000000"))),
            new SymbolInfo(BNBBTC, "BNB", "BTC", SymbolStatus.TRADING,
                    Optional.of(new PriceFilter(dec("0.00000100"), dec("0.00000100"), dec("100000.00000000"))),
                    Optional.of(new LotSize(dec("0.00100000"), dec("0.00100000"), dec("100000.00000000"))),
                    Optional.of(dec("10.00000000"))),
            new SymbolInfo(OLDCOIN, "OLD", "BTC", SymbolStatus.BREAK, Optional.empty(), Optional.empty(),
                    Optional.empty()));

    /** Prices of the two trading symbols; the halted one has none. */
    protected static final List<PriceTick> TICKS = List.of(
            new PriceTick(BTCUSDT, dec("64123.45000000"), dec("2.125"), dec("12345.67800000"),
                    Optional.of(dec("64123.44000000")), Optional.of(dec("64123.46000000")),
                    Instant.parse("2026-11-21T10:00:00.123Z"), "contract"),
            new PriceTick(BNBBTC, dec("4.00000200"), dec("-95.960"), dec("8913.30000000"),
                    Optional.of(dec("4.00000000")), Optional.of(dec("4.00000200")),
                    Instant.ofEpochMilli(1499869899040L), "contract"));

    private PriceSource source;

    /** A source that lists exactly {@code symbols} and prices exactly {@code ticks}. */
    protected abstract PriceSource newSource(List<SymbolInfo> symbols, List<PriceTick> ticks);

    @BeforeEach
    void createSource() {
        source = newSource(SYMBOLS, TICKS);
    }

    protected PriceSource source() {
        return source;
    }

    protected static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void lists_every_symbol_with_its_filters() {
        assertThat(source.symbols()).containsExactlyInAnyOrderElementsOf(SYMBOLS);
    }

    @Test
    void prices_one_symbol_with_exact_decimals() {
        PriceTick tick = source.price(BTCUSDT);

        assertThat(tick).usingRecursiveComparison().ignoringFields("source").isEqualTo(TICKS.get(0));
        assertThat(tick.price().toPlainString()).isEqualTo("64123.45000000");
        assertThat(tick.source()).isNotBlank();
    }

    @Test
    void prices_several_symbols_in_the_order_asked() {
        List<PriceTick> ticks = source.prices(List.of(BNBBTC, BTCUSDT));

        assertThat(ticks).extracting(PriceTick::symbol).containsExactly(BNBBTC, BTCUSDT);
        assertThat(ticks).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                .containsExactly(TICKS.get(1), TICKS.get(0));
    }

    @Test
    void asks_for_a_symbol_given_twice_once() {
        assertThat(source.prices(List.of(BTCUSDT, BTCUSDT))).extracting(PriceTick::symbol)
                .containsExactly(BTCUSDT);
    }

    @Test
    void prices_no_symbols_as_an_empty_list() {
        assertThat(source.prices(List.of())).isEmpty();
    }

    @Test
    void refuses_a_symbol_the_exchange_does_not_list() {
        Symbol unknown = new Symbol("NOSUCHCOIN");

        assertThatThrownBy(() -> source.price(unknown)).isInstanceOf(UnknownSymbolException.class);
        assertThatThrownBy(() -> source.prices(List.of(BTCUSDT, unknown)))
                .isInstanceOf(UnknownSymbolException.class);
    }

    @Test
    void a_symbol_from_user_input_is_case_insensitive() {
        assertThat(source.price(Symbol.of(" btcusdt ")).symbol()).isEqualTo(BTCUSDT);
    }
}

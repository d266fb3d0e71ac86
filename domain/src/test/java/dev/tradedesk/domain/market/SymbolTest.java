package dev.tradedesk.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.domain.common.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SymbolTest {

    @Test
    void parses_user_input_case_insensitively() {
        assertThat(Symbol.of(" btcUsdt ")).isEqualTo(new Symbol("BTCUSDT"));
        assertThat(Symbol.of("btcusdt").toString()).isEqualTo("BTCUSDT");
    }

    @Test
    void refuses_what_binance_would_refuse() {
        assertThatThrownBy(() -> new Symbol("btcusdt")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Symbol.of("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Symbol.of("BTC USDT")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Symbol.of("A".repeat(21))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Symbol.of(null)).isInstanceOf(ValidationException.class);
        assertThat(Symbol.of("A".repeat(20)).value()).hasSize(20);
        assertThat(Symbol.isValid("ETH-BTC_1.X")).isTrue();
    }

    @Test
    void status_names_follow_the_exchange() {
        assertThat(SymbolStatus.fromExchange("TRADING").isTradable()).isTrue();
        assertThat(SymbolStatus.fromExchange("HALT")).isEqualTo(SymbolStatus.HALT);
        assertThat(SymbolStatus.fromExchange("SOMETHING_NEW")).isEqualTo(SymbolStatus.OTHER);
        assertThat(SymbolStatus.fromExchange("OTHER")).isEqualTo(SymbolStatus.OTHER);
    }

    @Test
    void filters_check_price_and_quantity() {
        PriceFilter price = new PriceFilter(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("1000"));
        LotSize lot = new LotSize(new BigDecimal("0.001"), new BigDecimal("0.001"), new BigDecimal("100"));

        assertThat(price.accepts(new BigDecimal("12.34"))).isTrue();
        assertThat(price.accepts(new BigDecimal("12.345"))).isFalse();
        assertThat(price.accepts(new BigDecimal("1000.01"))).isFalse();
        assertThat(lot.accepts(new BigDecimal("0.002"))).isTrue();
        assertThat(lot.accepts(new BigDecimal("0.0025"))).isFalse();
        assertThat(lot.accepts(new BigDecimal("0.0005"))).isFalse();
    }

    @Test
    void a_tick_needs_a_positive_price_and_a_source() {
        Symbol btc = new Symbol("BTCUSDT");
        assertThatThrownBy(() -> new PriceTick(btc, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, Optional.empty(),
                Optional.empty(), Instant.EPOCH, "binance")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceTick(btc, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, Optional.empty(),
                Optional.empty(), Instant.EPOCH, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.tradedesk.domain.wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.domain.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({"0.015,false,0.015", "12,false,12", "12.50000000,false,12.5", "1.5E-3,true,0.0015", "100,true,100",
            "1e2,true,100", "9007199254740991,true,9007199254740991", "0.00000001,false,0.00000001"})
    void parses_exact_decimals(String text, boolean fromNumber, String expected) {
        assertThat(Amounts.positive(text, fromNumber)).isEqualByComparingTo(expected);
        assertThat(Amounts.format(Amounts.positive(text, fromNumber))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "1 000", "NaN", "Infinity", "-Infinity", "1e309", "1E3", "+1", "0x10",
            "1,5", "0.000000001", "9007199254740992", "1.", ".5", "0", "-1", "0.00", "١٢"})
    void refuses_strings_that_are_not_positive_plain_amounts(String text) {
        assertThatThrownBy(() -> Amounts.positive(text, false)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "1E+309", "9007199254740993", "1e16", "-5", "0", "0.0", "1e-9", "1e-999999999",
            "1e99999999999", "01"})
    void refuses_json_numbers_out_of_range_or_precision(String text) {
        assertThatThrownBy(() -> Amounts.positive(text, true)).isInstanceOf(ValidationException.class);
    }
}

package dev.tradedesk.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.domain.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void trims_and_lower_cases() {
        assertThat(EmailAddress.of("  Ada.Lovelace+Trading@Example.COM\t").value())
                .isEqualTo("ada.lovelace+trading@example.com");
    }

    @Test
    void accepts_international_domains() {
        assertThat(EmailAddress.of("jörg@bücher.de").value()).isEqualTo("jörg@bücher.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "plain", "@example.com", "ada@", "ada@example", "ada@@example.com",
            "ada lovelace@example.com", "ada@-example.com", "ada@example..com", "ada@exa_mple.com"})
    void rejects_what_cannot_be_an_address(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw)).isInstanceOf(ValidationException.class);
    }

    @Test
    void rejects_overlong_addresses() {
        String local = "a".repeat(65);
        assertThatThrownBy(() -> EmailAddress.of(local + "@example.com")).isInstanceOf(ValidationException.class);
        String domain = "d".repeat(62) + "." + "e".repeat(62) + "." + "f".repeat(62) + "." + "g".repeat(62) + ".com";
        assertThat(("ada@" + domain).length()).isGreaterThan(254);
        assertThatThrownBy(() -> EmailAddress.of("ada@" + domain)).isInstanceOf(ValidationException.class);
    }

    @Test
    void cannot_be_built_from_an_unnormalised_value() {
        assertThatThrownBy(() -> new EmailAddress("Ada@example.com")).isInstanceOf(ValidationException.class);
    }
}

package dev.tradedesk.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

class PlainPasswordTest {

    @Test
    void counts_characters_not_utf16_units() {
        String eightEmoji = "😀".repeat(8);
        assertThat(eightEmoji.length()).isEqualTo(16);
        assertThat(PlainPassword.of(eightEmoji).reveal()).isEqualTo(eightEmoji);
        assertThatThrownBy(() -> PlainPassword.of("😀".repeat(7))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PlainPassword.of("😀".repeat(129))).isInstanceOf(ValidationException.class);
    }

    @Test
    void accepts_the_bounds_and_keeps_spaces() {
        assertThat(PlainPassword.of("  8 ch  ").reveal()).isEqualTo("  8 ch  ");
        assertThat(PlainPassword.of("x".repeat(128)).reveal()).hasSize(128);
        assertThatThrownBy(() -> PlainPassword.of("x".repeat(7))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PlainPassword.of(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void never_shows_itself() {
        assertThat(PlainPassword.of("secret-passphrase")).hasToString("PlainPassword[****]");
    }
}

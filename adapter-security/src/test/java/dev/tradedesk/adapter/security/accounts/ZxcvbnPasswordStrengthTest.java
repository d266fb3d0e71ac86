package dev.tradedesk.adapter.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.domain.accounts.PlainPassword;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ZxcvbnPasswordStrengthTest {

    private final ZxcvbnPasswordStrength strength = new ZxcvbnPasswordStrength(ZxcvbnPasswordStrength.DEFAULT_MINIMUM_SCORE);

    @ParameterizedTest
    @ValueSource(strings = {"password", "password1", "P@ssw0rd!", "12345678", "qwertyuiop", "iloveyou123",
            "abcdefgh", "aaaaaaaaaa", "letmein2026", "football1"})
    void rejects_common_and_patterned_passwords(String password) {
        assertThat(strength.weakness(PlainPassword.of(password), List.of())).isPresent();
    }

    @Test
    void rejects_a_password_made_of_the_users_own_data() {
        assertThat(strength.weakness(PlainPassword.of("grace.hopper1906"), List.of("grace.hopper@example.com", "Grace Hopper")))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plum-orbit-cascade-77", "correct horse battery staple", "Tz9#qv!Lm2@x", "Ünïcödé-ğüçlü-şifre-9"})
    void accepts_hard_to_guess_passwords(String password) {
        assertThat(strength.weakness(PlainPassword.of(password), List.of("ada@example.com"))).isEmpty();
    }

    @Test
    void explains_why_a_password_is_weak() {
        assertThat(strength.weakness(PlainPassword.of("password1"), List.of())).hasValueSatisfying(hint ->
                assertThat(hint).isNotBlank());
    }
}

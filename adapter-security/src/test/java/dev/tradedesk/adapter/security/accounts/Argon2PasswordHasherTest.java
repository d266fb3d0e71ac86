package dev.tradedesk.adapter.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.domain.accounts.PlainPassword;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(Argon2Settings.OWASP);
    private final PlainPassword password = PlainPassword.of("glacier-violin-orbit-42");

    @Test
    void hashes_with_argon2id_and_the_configured_cost_in_phc_format() {
        String hash = hasher.hash(password);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(password.reveal());
        assertThat(hasher.hash(password)).as("fresh salt each time").isNotEqualTo(hash);
    }

    @Test
    void verifies_the_right_password_only() {
        String hash = hasher.hash(password);

        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches(PlainPassword.offered("glacier-violin-orbit-43"), hash)).isFalse();
        assertThat(hasher.matches(PlainPassword.offered(""), hash)).isFalse();
    }

    @Test
    void a_malformed_hash_never_matches() {
        assertThat(hasher.matches(password, "$argon2id$v=19$garbage")).isFalse();
        assertThat(hasher.matches(password, "plain")).isFalse();
        assertThat(hasher.matches(password, null)).isFalse();
    }

    @Test
    void hashes_made_with_other_parameters_still_verify() {
        String oldHash = new Argon2PasswordHasher(new Argon2Settings(8_192, 1, 1)).hash(password);

        assertThat(hasher.matches(password, oldHash)).isTrue();
    }
}

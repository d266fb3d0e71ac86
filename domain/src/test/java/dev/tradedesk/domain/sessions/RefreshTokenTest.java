package dev.tradedesk.domain.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    @Test
    void is_random_url_safe_and_hashes_stably() {
        RefreshToken token = RefreshToken.generate();

        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.value()).isNotEqualTo(RefreshToken.generate().value());
        assertThat(RefreshToken.presented(token.value()).hash()).isEqualTo(token.hash()).hasSize(32);
        assertThat(token).hasToString("RefreshToken[****]");
    }
}

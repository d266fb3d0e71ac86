package dev.tradedesk.adapter.mail.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings settings(String host, int port, String username, String from) {
        return new MailSettings(host, port, username, "s3cret", from, true, Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void refuses_settings_that_cannot_send() {
        assertThatThrownBy(() -> settings(" ", 587, null, "no-reply@example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> settings("smtp.example.com", 0, null, "no-reply@example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> settings("smtp.example.com", 587, null, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAIL_FROM");
        assertThatThrownBy(() -> settings("smtp.example.com", 587, null, "not an address"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAIL_FROM");
        assertThatThrownBy(() -> new MailSettings("smtp.example.com", 587, null, null, "no-reply@example.com", true,
                Duration.ZERO, Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_blank_username_means_no_login() {
        assertThat(settings("smtp.example.com", 587, "  ", "no-reply@example.com").authenticates()).isFalse();
        assertThat(settings("smtp.example.com", 587, "mailer", "no-reply@example.com").authenticates()).isTrue();
    }

    @Test
    void never_shows_the_password() {
        assertThat(settings("smtp.example.com", 587, "mailer", "TradeDesk <no-reply@example.com>").toString())
                .doesNotContain("s3cret").contains("password=****").contains("smtp.example.com");
    }
}

package dev.tradedesk.adapter.mail.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.domain.accounts.EmailAddress;
import org.junit.jupiter.api.Test;

class LogMailerTest {

    private static final MailMessage MESSAGE = new MailMessage(EmailAddress.of("ada@example.com"),
            "Your TradeDesk sign-in code", "Your code is 123456.");

    @Test
    void the_log_entry_is_loudly_marked_and_holds_the_whole_message_with_the_code() {
        String entry = LogMailer.entry(MESSAGE);

        assertThat(entry).startsWith("[LOCAL ONLY - not sent]")
                .contains("ada@example.com")
                .contains("Your TradeDesk sign-in code")
                .endsWith("Your code is 123456.");
    }

    @Test
    void sending_only_logs() {
        assertThatCode(() -> new LogMailer().send(MESSAGE)).doesNotThrowAnyException();
    }
}

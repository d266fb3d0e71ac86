package dev.tradedesk.adapter.mail.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tradedesk.application.accounts.port.out.MailDeliveryException;
import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.domain.accounts.EmailAddress;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SmtpMailer} against a real SMTP server in this JVM (GreenMail), and against servers that misbehave. */
class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret"));

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);
    private static final MailMessage MESSAGE = new MailMessage(EmailAddress.of("ada@example.com"),
            "Your TradeDesk sign-in code — café", "Your code is\n\n    123456\n\nValid for 10 minutes. Grüße");

    private static MailSettings settings(int port, String username, String password, boolean startTls) {
        return new MailSettings("127.0.0.1", port, username, password, "TradeDesk <no-reply@tradedesk.test>",
                startTls, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private static int greenMailPort() {
        return SMTP.getSmtp().getPort();
    }

    @Test
    void delivers_a_plain_text_utf8_message_from_the_configured_sender() throws Exception {
        new SmtpMailer(settings(greenMailPort(), "mailer", "s3cret", false), CLOCK).send(MESSAGE);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("ada@example.com");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@tradedesk.test");
        assertThat(from.getPersonal()).isEqualTo("TradeDesk");
        assertThat(mail.getSubject()).isEqualTo("Your TradeDesk sign-in code — café");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(MESSAGE.text());
        assertThat(mail.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-21T10:15:30Z"));
        assertThat(mail.getMessageID()).endsWith("@tradedesk.test>");
    }

    @Test
    void sends_without_a_login_when_no_username_is_set() throws Exception {
        new SmtpMailer(settings(greenMailPort(), "", "", false), CLOCK).send(MESSAGE);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_refused_login_is_a_delivery_failure() {
        SmtpMailer mailer = new SmtpMailer(settings(greenMailPort(), "mailer", "wrong", false), CLOCK);

        assertThatThrownBy(() -> mailer.send(MESSAGE)).isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("example.com").hasMessageNotContaining("123456");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void with_starttls_required_a_server_without_it_gets_nothing() {
        SmtpMailer mailer = new SmtpMailer(settings(greenMailPort(), "mailer", "s3cret", true), CLOCK);

        assertThatThrownBy(() -> mailer.send(MESSAGE)).isInstanceOf(MailDeliveryException.class);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_unreachable_server_is_a_delivery_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailer mailer = new SmtpMailer(settings(closedPort, null, null, false), CLOCK);

        assertThatThrownBy(() -> mailer.send(MESSAGE)).isInstanceOf(MailDeliveryException.class);
    }

    @Test
    void a_server_that_never_answers_runs_into_the_read_timeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SmtpMailer mailer = new SmtpMailer(new MailSettings("127.0.0.1", silent.getLocalPort(), null, null,
                    "no-reply@tradedesk.test", false, Duration.ofSeconds(2), Duration.ofMillis(300)), CLOCK);

            assertThatThrownBy(() -> mailer.send(MESSAGE)).isInstanceOf(MailDeliveryException.class)
                    .rootCause().hasMessageContaining("timed out");
            acceptor.interrupt();
        }
    }

    @Test
    void an_internationalised_domain_is_sent_in_its_ascii_form() throws Exception {
        new SmtpMailer(settings(greenMailPort(), "mailer", "s3cret", false), CLOCK)
                .send(new MailMessage(EmailAddress.of("ada@bücher.example"), "Hello", "Hi"));

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(((InternetAddress) SMTP.getReceivedMessages()[0].getAllRecipients()[0]).getAddress())
                .isEqualTo("ada@xn--bcher-kva.example");
    }
}

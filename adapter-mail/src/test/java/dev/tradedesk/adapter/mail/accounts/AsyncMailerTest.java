package dev.tradedesk.adapter.mail.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tradedesk.application.accounts.port.out.MailDeliveryException;
import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.application.accounts.port.out.Mailer;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncMailerTest {

    private static MailMessage mail(int n) {
        return new MailMessage(EmailAddress.of("user" + n + "@example.com"), "Subject " + n, "text " + n);
    }

    /** A mail server that holds every message until released. */
    private static final class GatedMailer implements Mailer {

        final CountDownLatch gate = new CountDownLatch(1);
        final List<MailMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(MailMessage message) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sent.add(message);
        }
    }

    @Test
    void send_returns_at_once_and_the_message_goes_out_on_a_sender_thread() throws Exception {
        GatedMailer server = new GatedMailer();
        try (AsyncMailer mailer = new AsyncMailer(server, 1, 10, Duration.ofSeconds(5))) {
            mailer.send(mail(1));
            assertThat(server.sent).as("the server still holds it, yet send has returned").isEmpty();

            server.gate.countDown();
        }
        assertThat(server.sent).containsExactly(mail(1));
    }

    @Test
    void a_failing_delivery_never_reaches_the_caller_and_later_messages_still_go_out() {
        List<MailMessage> sent = new CopyOnWriteArrayList<>();
        Mailer flaky = message -> {
            if (message.subject().equals("Subject 1")) {
                throw new MailDeliveryException("refused", null);
            }
            sent.add(message);
        };
        try (AsyncMailer mailer = new AsyncMailer(flaky, 1, 10, Duration.ofSeconds(5))) {
            assertThatCode(() -> {
                mailer.send(mail(1));
                mailer.send(mail(2));
            }).doesNotThrowAnyException();
        }
        assertThat(sent).containsExactly(mail(2));
    }

    @Test
    void a_full_queue_drops_messages_without_failing_the_caller() {
        GatedMailer server = new GatedMailer();
        AsyncMailer mailer = new AsyncMailer(server, 1, 2, Duration.ofSeconds(5));
        try {
            mailer.send(mail(1));
            await(() -> mailer.queued() == 0);
            mailer.send(mail(2));
            mailer.send(mail(3));

            assertThatCode(() -> mailer.send(mail(4))).doesNotThrowAnyException();
            assertThat(mailer.queued()).isEqualTo(2);
        } finally {
            server.gate.countDown();
            mailer.close();
        }
        assertThat(server.sent).containsExactly(mail(1), mail(2), mail(3));
    }

    @Test
    void closing_drains_the_queue_and_then_takes_nothing_more() {
        List<MailMessage> sent = new CopyOnWriteArrayList<>();
        AsyncMailer mailer = new AsyncMailer(sent::add, 2, 100, Duration.ofSeconds(5));
        for (int i = 0; i < 50; i++) {
            mailer.send(mail(i));
        }

        mailer.close();
        assertThat(sent).hasSize(50);

        mailer.send(mail(99));
        assertThat(sent).hasSize(50);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.onSpinWait();
        }
    }
}

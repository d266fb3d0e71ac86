package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.mail.accounts.AsyncMailer;
import dev.tradedesk.adapter.mail.accounts.LogMailer;
import dev.tradedesk.adapter.mail.accounts.MailSettings;
import dev.tradedesk.adapter.mail.accounts.SmtpMailer;
import dev.tradedesk.application.accounts.port.out.Mailer;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * adapter-mail: SMTP when {@code MAIL_HOST} is set, the log otherwise; either way sent from a small
 * queue of its own, so that no request waits for the mail server.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /** Mails sent at the same time; codes are small and rare, so two senders keep up with any burst the rate limits let through. */
    private static final int SENDER_THREADS = 2;
    /** Mails that may wait; beyond this they are dropped (and logged) rather than piling up in memory. */
    private static final int QUEUE_CAPACITY = 1_000;
    /** How long shutdown waits for queued mails. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    @Bean(destroyMethod = "close")
    AsyncMailer mailer(MailProperties mail, Clock clock) {
        return new AsyncMailer(sender(mail, clock), SENDER_THREADS, QUEUE_CAPACITY, CLOSE_GRACE);
    }

    private static Mailer sender(MailProperties mail, Clock clock) {
        if (!mail.hasServer()) {
            log.warn("MAIL_HOST is not set: mail is NOT sent but written to this log, one-time codes included"
                    + " (LOCAL ONLY - never run like this where others can read the log)");
            return new LogMailer();
        }
        MailSettings settings = new MailSettings(mail.host(), mail.port(), mail.username(), mail.password(),
                mail.from(), mail.starttls(), mail.connectTimeout(), mail.readTimeout());
        log.info("sending mail through {}:{} as {} (STARTTLS {})", settings.host(), settings.port(), settings.from(),
                settings.startTls() ? "required" : "off");
        return new SmtpMailer(settings, clock);
    }
}

package dev.tradedesk.adapter.mail.accounts;

import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.application.accounts.port.out.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For local runs without a mail server (no {@code MAIL_HOST}): writes each message, one-time codes
 * included, to the log instead of sending it, marked {@value #MARKER}. Never use it where the log is
 * readable by anyone but the developer: the codes in it sign in.
 */
public final class LogMailer implements Mailer {

    static final String MARKER = "LOCAL ONLY - not sent";

    private static final Logger log = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(MailMessage message) {
        log.warn(entry(message));
    }

    /** The log entry for a message. */
    static String entry(MailMessage message) {
        return "[" + MARKER + "] mail to " + message.to().value() + ", subject \"" + message.subject() + "\":\n"
                + message.text();
    }
}

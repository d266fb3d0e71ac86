package dev.tradedesk.adapter.mail.accounts;

import dev.tradedesk.application.accounts.port.out.MailDeliveryException;
import dev.tradedesk.application.accounts.port.out.MailMessage;
import dev.tradedesk.application.accounts.port.out.Mailer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends plain-text UTF-8 mail over SMTP with Jakarta Mail: one connection per message, bounded by the
 * connect and read timeouts of the {@link MailSettings}. With STARTTLS on, a server that does not offer
 * it gets nothing (no silent fall-back to plain text), and its certificate must match its host name.
 * Every failure is a {@link MailDeliveryException}; it names the recipient's domain, never the text.
 */
public final class SmtpMailer implements Mailer {

    private final MailSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    public SmtpMailer(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("invalid sender address", e);
        }
        this.session = Session.getInstance(properties(settings, from));
    }

    private static Properties properties(MailSettings settings, InternetAddress from) {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        props.setProperty("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty("mail.smtp.writetimeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        props.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        // the Message-ID is built from this address, not from a (possibly slow) local host name lookup
        props.setProperty("mail.from", from.getAddress());
        return props;
    }

    @Override
    public void send(MailMessage message) {
        String domain = domainOf(message.to().value());
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(from);
            mime.setRecipient(Message.RecipientType.TO, recipient(message.to().value()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.text(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date(clock.millis()));
            if (settings.authenticates()) {
                Transport.send(mime, settings.username(), settings.password());
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP delivery to a mailbox at " + domain + " via " + settings.host()
                    + ":" + settings.port() + " failed: " + e.getMessage(), e);
        }
    }

    /** The address with an internationalised domain in its ASCII (punycode) form, as SMTP needs it. */
    private static InternetAddress recipient(String email) throws AddressException {
        int at = email.lastIndexOf('@');
        return new InternetAddress(email.substring(0, at + 1) + IDN.toASCII(email.substring(at + 1)), true);
    }

    private static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1);
    }
}

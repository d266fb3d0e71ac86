package dev.tradedesk.adapter.mail.accounts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how {@link SmtpMailer} sends.
 *
 * @param host           the SMTP server
 * @param port           its submission port (587 for STARTTLS)
 * @param username       the SMTP login, or {@code null}/blank to send without authentication
 * @param password       its password
 * @param from           the sender address, optionally with a display name ({@code TradeDesk <no-reply@example.com>})
 * @param startTls       upgrade the connection with STARTTLS and refuse to send if the server does not offer
 *                       it, verifying the server's certificate and host name
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for each answer of the server (also used for writes)
 */
public record MailSettings(String host, int port, String username, String password, String from, boolean startTls,
                           Duration connectTimeout, Duration readTimeout) {

    public static final int DEFAULT_PORT = 587;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host is required");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be 1..65535, not " + port);
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("the sender address (MAIL_FROM) is required to send mail");
        }
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender address (MAIL_FROM) is not a valid address: " + from, e);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("the SMTP timeouts must be positive");
        }
        host = host.strip();
        username = username == null || username.isBlank() ? null : username;
    }

    /** Whether the server wants a login. */
    public boolean authenticates() {
        return username != null;
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username
                + ", password=" + (password == null || password.isEmpty() ? "" : "****") + ", from=" + from
                + ", startTls=" + startTls + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}

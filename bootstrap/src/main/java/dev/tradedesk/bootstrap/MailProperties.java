package dev.tradedesk.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tradedesk.mail}: the SMTP server that sends one-time codes. With no {@code host}, mail is only
 * written to the log (local runs).
 *
 * @param starttls       require STARTTLS (with a verified certificate) before anything is sent
 * @param connectTimeout how long to wait for a connection to the server
 * @param readTimeout    how long to wait for each of its answers
 */
@ConfigurationProperties("tradedesk.mail")
public record MailProperties(String host, int port, String username, String password, String from, boolean starttls,
                             Duration connectTimeout, Duration readTimeout) {

    /** Whether a mail server is configured at all. */
    public boolean hasServer() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "MailProperties[host=" + host + ", port=" + port + ", username=" + username + ", from=" + from
                + ", starttls=" + starttls + "]";
    }
}

package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.EmailAddress;
import java.util.Objects;

/**
 * A plain-text mail to one recipient. The text may hold a secret (a one-time code), so
 * {@link #toString()} leaves it out.
 */
public record MailMessage(EmailAddress to, String subject, String text) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (subject.isBlank() || subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("a subject is one non-blank line");
        }
    }

    @Override
    public String toString() {
        return "MailMessage[to=" + to + ", subject=" + subject + "]";
    }
}

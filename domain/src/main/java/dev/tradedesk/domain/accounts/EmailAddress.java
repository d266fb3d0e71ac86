package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address in its stored form: trimmed and lower-cased, so that addresses compare
 * case-insensitively. Only the shape is checked (RFC 5321 lengths, one {@code @}, a dotted domain);
 * whether the mailbox exists is for an email code to prove.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile(
            "[^@\\s\\p{Cntrl}]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

    public EmailAddress {
        if (value == null || !value.equals(normalize(value)) || !isWellFormed(value)) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }

    /** Parses user input: trims, lower-cases, then checks the shape. */
    public static EmailAddress of(String raw) {
        if (raw == null) {
            throw ValidationException.of("email", "is required");
        }
        return new EmailAddress(normalize(raw));
    }

    private static String normalize(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWellFormed(String value) {
        int at = value.lastIndexOf('@');
        return value.length() <= MAX_LENGTH
                && at > 0
                && at <= MAX_LOCAL_LENGTH
                && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

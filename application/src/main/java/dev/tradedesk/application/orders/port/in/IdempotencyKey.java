package dev.tradedesk.application.orders.port.in;

import dev.tradedesk.domain.common.ValidationException;
import java.util.regex.Pattern;

/** A client's Idempotency-Key: 1 to 255 visible ASCII characters (a UUID is the usual choice). */
public record IdempotencyKey(String value) {

    private static final Pattern LEGAL = Pattern.compile("[\\x21-\\x7E]{1,255}");

    public IdempotencyKey {
        if (value == null || !LEGAL.matcher(value).matches()) {
            throw ValidationException.of("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
    }

    /** The header's value, or null when it was not sent. */
    public static IdempotencyKey ofHeader(String header) {
        return header == null ? null : new IdempotencyKey(header);
    }
}

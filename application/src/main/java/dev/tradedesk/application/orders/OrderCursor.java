package dev.tradedesk.application.orders;

import dev.tradedesk.domain.common.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** An opaque position in order history: the id of the last order a page showed, base64url encoded. */
final class OrderCursor {

    private static final String PREFIX = "o1:";

    private OrderCursor() {
    }

    static String after(UUID last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + last).getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws ValidationException (field {@code cursor}) for anything {@link #after} did not make */
    static UUID decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not an order cursor");
            }
            return UUID.fromString(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("cursor", "is not a cursor this API returned");
        }
    }
}

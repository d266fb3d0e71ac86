package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.LoginEvent;
import dev.tradedesk.domain.common.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque position in a login history: the time and id of the last event a page showed, base64url
 * encoded. Keyset pagination: new events never shift the pages a client is walking through.
 */
public record LoginHistoryCursor(Instant at, UUID id) {

    public static LoginHistoryCursor after(LoginEvent last) {
        return new LoginHistoryCursor(last.at(), last.id());
    }

    public String encode() {
        long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws ValidationException (field {@code cursor}) for anything this class did not encode */
    public static LoginHistoryCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            long micros = Long.parseLong(parts[0]);
            return new LoginHistoryCursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                    Math.floorMod(micros, 1_000_000) * 1_000L), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ValidationException.of("cursor", "is not a cursor this API returned");
        }
    }
}

package dev.tradedesk.domain.market;

import dev.tradedesk.domain.common.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A trading pair's symbol as Binance spells it ({@code BTCUSDT}): upper-case ASCII letters, digits and
 * {@code -_.}, 1 to 20 characters (Binance's legal range {@code ^[A-Z0-9-_.]{1,20}$}). User input is
 * case-insensitive: {@link #of(String)} trims and upper-cases before checking.
 */
public record Symbol(String value) {

    private static final Pattern LEGAL = Pattern.compile("[A-Z0-9_.-]{1,20}");

    public Symbol {
        if (value == null || !LEGAL.matcher(value).matches()) {
            throw ValidationException.of("symbol", "must be 1 to 20 letters, digits or -_.");
        }
    }

    /** Parses user input: trims and upper-cases, then checks the shape. */
    public static Symbol of(String raw) {
        if (raw == null) {
            throw ValidationException.of("symbol", "is required");
        }
        return new Symbol(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether {@code raw} is a valid symbol as it stands (already upper-case, no blanks around). */
    public static boolean isValid(String raw) {
        return raw != null && LEGAL.matcher(raw).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.common.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Parses money and quantities from client input, exactly: a plain decimal ({@code "0.015"}, {@code 12})
 * or, for JSON numbers, the number's own text ({@code 1.5E-3}). Never binary floating point.
 *
 * <p>Accepted: finite, at most {@link #MAX_SCALE} decimal places, at most {@link #MAX} (2<sup>53</sup> - 1,
 * the largest integer every JSON parser reads exactly). Refused with a field error: blanks anywhere,
 * {@code NaN}, {@code Infinity}, signs other than a leading minus, exponents that leave the range
 * ({@code 1e309}), too many decimals. Whether the value must be positive is the caller's rule.
 */
public final class Amounts {

    /** Decimal places an amount may have: Binance's precision for assets and quantities. */
    public static final int MAX_SCALE = 8;
    /** 2^53 - 1. */
    public static final BigDecimal MAX = BigDecimal.valueOf(9_007_199_254_740_991L);

    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final int MAX_TEXT = 64;

    private Amounts() {
    }

    /**
     * A positive amount from a JSON string ({@code fromNumber == false}: plain decimal notation only)
     * or a JSON number's text (exponents allowed).
     *
     * @throws ValidationException (no field; {@code Validator.check} names it) when the text is not an
     *                             acceptable amount or not above zero
     */
    public static BigDecimal positive(String text, boolean fromNumber) {
        BigDecimal value = parse(text, fromNumber);
        if (value.signum() <= 0) {
            throw invalid("must be greater than zero");
        }
        return value;
    }

    /** Any acceptable amount, as {@link #positive} but zero and negative allowed. */
    public static BigDecimal parse(String text, boolean fromNumber) {
        if (text == null || text.isEmpty()) {
            throw invalid("must be a decimal number");
        }
        if (text.length() > MAX_TEXT || !(fromNumber ? JSON_NUMBER : PLAIN).matcher(text).matches()) {
            throw invalid("must be a decimal number such as \"0.015\", without blanks or exponents in strings");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid("must be a decimal number");
        }
        // Compare magnitudes before stripping zeros, so that 1e309 is refused without building a huge number.
        if (value.precision() - value.scale() > 16 || value.abs().compareTo(MAX) > 0) {
            throw invalid("must be at most " + MAX.toPlainString());
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw invalid("must have at most " + MAX_SCALE + " decimal places");
        }
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** The amount as API responses show it: plain notation, no exponent, no trailing zeros. */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static ValidationException invalid(String message) {
        return ValidationException.of("amount", message);
    }
}

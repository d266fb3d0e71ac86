package dev.tradedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks shared by the market value types. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal requireNonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    static BigDecimal requirePositive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /** Whether {@code value} is a whole multiple of {@code step}; a zero step accepts everything. */
    static boolean isMultipleOf(BigDecimal value, BigDecimal step) {
        return step.signum() == 0 || value.remainder(step).signum() == 0;
    }
}

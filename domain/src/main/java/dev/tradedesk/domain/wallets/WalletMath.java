package dev.tradedesk.domain.wallets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Rounding shared by wallets and orders: every stored amount has at most {@link #SCALE} decimals. */
public final class WalletMath {

    public static final int SCALE = Amounts.MAX_SCALE;

    private WalletMath() {
    }

    /** Rounded to the stored scale, half to even. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** Rounded up to the stored scale: what the house charges is never rounded in the client's favour. */
    public static BigDecimal roundUp(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UP).stripTrailingZeros();
    }

    /** Rounded down to the stored scale. */
    public static BigDecimal roundDown(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.DOWN).stripTrailingZeros();
    }

    static BigDecimal requireNonNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }
}

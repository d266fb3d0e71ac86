package dev.tradedesk.domain.orders;

import dev.tradedesk.domain.common.ValidationException;
import java.util.Locale;

/** What a market order does: {@code buy}/{@code sell} against cash and positions, {@code short}/{@code close_short}. */
public enum OrderSide {
    BUY, SELL, SHORT, CLOSE_SHORT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws ValidationException for anything but the four wire names */
    public static OrderSide fromWire(String raw) {
        for (OrderSide side : values()) {
            if (side.wireName().equals(raw)) {
                return side;
            }
        }
        throw ValidationException.of("side", "must be one of buy, sell, short, close_short");
    }
}

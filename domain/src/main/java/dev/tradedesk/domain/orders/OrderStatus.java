package dev.tradedesk.domain.orders;

import java.util.Locale;

/** Market orders fill at once or not at all, so every stored order is {@code filled}. */
public enum OrderStatus {
    FILLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus fromWire(String raw) {
        return valueOf(raw.toUpperCase(Locale.ROOT));
    }
}

package dev.tradedesk.domain.market;

/**
 * A symbol's trading status on the exchange (Binance's {@code symbolStatus} values); a status the
 * exchange adds later is {@link #OTHER}. Only {@link #TRADING} symbols take orders.
 */
public enum SymbolStatus {
    TRADING, END_OF_DAY, HALT, BREAK, OTHER;

    /** The status with this exchange name, or {@link #OTHER}. */
    public static SymbolStatus fromExchange(String name) {
        if (name != null) {
            for (SymbolStatus status : values()) {
                if (status != OTHER && status.name().equals(name)) {
                    return status;
                }
            }
        }
        return OTHER;
    }

    public boolean isTradable() {
        return this == TRADING;
    }
}

package dev.tradedesk.adapter.websocket.market;

/** A refused client message; the connection stays open unless the abuse limit was reached. */
record ErrorMessage(String type, String code, String message) {

    static final String INVALID_MESSAGE = "invalid_message";
    static final String UNKNOWN_SYMBOL = "unknown_symbol";
    static final String TOO_MANY_SYMBOLS = "too_many_symbols";
    static final String RATE_LIMITED = "rate_limited";
    static final String PRICE_UNAVAILABLE = "price_unavailable";

    ErrorMessage(String code, String message) {
        this("error", code, message);
    }
}

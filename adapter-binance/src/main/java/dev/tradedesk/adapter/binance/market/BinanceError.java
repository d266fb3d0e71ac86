package dev.tradedesk.adapter.binance.market;

/** Binance's error body {@code {"code": -1121, "msg": "Invalid symbol."}}. */
public record BinanceError(Integer code, String msg) {

    /** {@code -1121 BAD_SYMBOL}. */
    public static final int BAD_SYMBOL = -1121;
    /** {@code -1100 ILLEGAL_CHARS} (Binance's answer to a symbol outside its legal range). */
    public static final int ILLEGAL_CHARS = -1100;
}

package dev.tradedesk.adapter.binance.market;

/** Binance answered a 4xx other than 429/418, with its error body when it had one; internal to the adapter. */
final class BinanceRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient BinanceError error;

    BinanceRejection(String path, int status, BinanceError error) {
        super("Binance refused GET " + path + ": HTTP " + status
                + (error != null && error.code() != null ? " code " + error.code() : ""), null, false, false);
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    boolean isUnknownSymbol() {
        return error != null && error.code() != null
                && (error.code() == BinanceError.BAD_SYMBOL || error.code() == BinanceError.ILLEGAL_CHARS);
    }
}

package dev.tradedesk.application.market.port.out;

/** The tick bus cannot take a message now (Redis down or not answering). */
public class FanoutUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FanoutUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

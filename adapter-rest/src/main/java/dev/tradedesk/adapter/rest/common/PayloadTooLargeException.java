package dev.tradedesk.adapter.rest.common;

import java.io.IOException;

/** The request body grew past the limit while it was being read. */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}

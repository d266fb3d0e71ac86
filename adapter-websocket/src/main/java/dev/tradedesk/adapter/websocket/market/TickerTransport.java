package dev.tradedesk.adapter.websocket.market;

import java.util.function.Consumer;

/** One client connection as the hub sees it: asynchronous text sends, pings and closing. */
interface TickerTransport {

    /**
     * Starts sending {@code text} and returns without waiting; {@code whenDone} is called once, with
     * {@code null} when the text was handed to the network or with the failure. The caller never has
     * two sends in progress on one transport.
     */
    void send(String text, Consumer<Throwable> whenDone);

    /** Sends a WebSocket ping; may block up to the send timeout, so never called on a fan-out thread. */
    void ping();

    /** Closes with {@code code}; may block up to the send timeout, so never called on a fan-out thread. */
    void close(int code, String reason);
}

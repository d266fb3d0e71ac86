package dev.tradedesk.adapter.websocket.market;

/** The answer to a client's {@code ping}. */
record PongMessage(String type) {

    static final PongMessage INSTANCE = new PongMessage("pong");
}

package dev.tradedesk.adapter.websocket.market;

/** Why the server closes a connection, with the close code and reason the client sees. */
enum CloseCause {

    /** A send stayed unfinished for the send timeout, or replies piled up: the reader stopped reading. */
    SLOW_CONSUMER(1008, "too slow: stopped reading", "slow_consumer"),
    /** The handshake's access token expired. */
    TOKEN_EXPIRED(1008, "access token expired", "token_expired"),
    /** The token's session was logged out or revoked, or the user's grants changed. */
    TOKEN_REVOKED(1008, "access token revoked", "token_revoked"),
    /** Limits broken too often. */
    ABUSE(1008, "too many invalid or excess messages", "abuse"),
    /** A client message over the size limit. */
    MESSAGE_TOO_BIG(1009, "message too big", "message_too_big"),
    /** Binary frames are not part of the protocol. */
    BINARY(1003, "text messages only", "binary"),
    /** No answer to a ping within the pong timeout. */
    DEAD(1001, "no answer to ping", "dead"),
    /** The node is shutting down. */
    SHUTDOWN(1001, "server shutting down", "shutdown");

    private final int code;
    private final String reason;
    private final String tag;

    CloseCause(int code, String reason, String tag) {
        this.code = code;
        this.reason = reason;
        this.tag = tag;
    }

    int code() {
        return code;
    }

    String reason() {
        return reason;
    }

    String tag() {
        return tag;
    }
}

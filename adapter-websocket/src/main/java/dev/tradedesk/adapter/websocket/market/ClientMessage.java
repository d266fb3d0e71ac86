package dev.tradedesk.adapter.websocket.market;

import java.util.List;

/** A client's message: {@code {"op": "subscribe"|"unsubscribe", "symbols": [...]}} or {@code {"op": "ping"}}. */
record ClientMessage(String op, List<String> symbols) {
}

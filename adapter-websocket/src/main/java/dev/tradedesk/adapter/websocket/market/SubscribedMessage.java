package dev.tradedesk.adapter.websocket.market;

import java.util.List;

/** The answer to subscribe and unsubscribe: every symbol the connection follows now, sorted. */
record SubscribedMessage(String type, List<String> symbols) {

    SubscribedMessage(List<String> symbols) {
        this("subscribed", symbols);
    }
}

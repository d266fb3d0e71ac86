package dev.tradedesk.adapter.websocket.market;

import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.UnknownSymbolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client side of the protocol (API.md, "Live ticker"): {@code subscribe}, {@code unsubscribe},
 * {@code ping}, and the limits. A refused message gets an {@code error} reply; breaking a limit or
 * sending an invalid message counts as a violation, and more than {@code maxViolations} of them in
 * {@code violationWindow} closes the connection with 1008. A message over {@code maxMessageBytes}
 * closes it with 1009.
 */
public final class TickerProtocol {

    private final TickerHub hub;
    private final MarketQuery market;
    private final ObjectReader reader;
    private final TickerSettings settings;

    public TickerProtocol(TickerHub hub, MarketQuery market, JsonMapper json) {
        this.hub = hub;
        this.market = market;
        // strict whatever the application's defaults: unknown fields and trailing content are refused
        this.reader = json.readerFor(ClientMessage.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.settings = hub.settings();
    }

    void handle(TickerConnection connection, String text) {
        long now = System.nanoTime();
        connection.heard(now);
        if (tooBig(text)) {
            hub.drop(connection, CloseCause.MESSAGE_TOO_BIG);
            return;
        }
        int over = connection.overRate(now, settings.maxMessagesPerSecond());
        if (over > 0) {
            refuse(connection, now, ErrorMessage.RATE_LIMITED,
                    "more than " + settings.maxMessagesPerSecond() + " messages per second", over == 1);
            return;
        }
        ClientMessage message;
        try {
            message = reader.readValue(text);
        } catch (JacksonException e) {
            refuse(connection, now, ErrorMessage.INVALID_MESSAGE,
                    "expected {\"op\": \"subscribe\"|\"unsubscribe\"|\"ping\", \"symbols\": [...]}", true);
            return;
        }
        String op = message == null || message.op() == null ? "" : message.op();
        switch (op) {
            case "ping" -> connection.reply(hub.serialize(PongMessage.INSTANCE));
            case "subscribe" -> subscribe(connection, message.symbols(), now);
            case "unsubscribe" -> unsubscribe(connection, message.symbols(), now);
            default -> refuse(connection, now, ErrorMessage.INVALID_MESSAGE,
                    "op must be subscribe, unsubscribe or ping", true);
        }
    }

    private void subscribe(TickerConnection connection, List<String> raw, long now) {
        Set<Symbol> symbols = parse(connection, raw, now);
        if (symbols == null) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (Symbol symbol : symbols) {
            try {
                market.symbol(symbol);
            } catch (UnknownSymbolException e) {
                unknown.add(symbol.value());
            } catch (PriceUnavailableException e) {
                connection.reply(error(ErrorMessage.PRICE_UNAVAILABLE, "market data is unavailable; try again later"));
                return;
            }
        }
        if (!unknown.isEmpty()) {
            connection.reply(error(ErrorMessage.UNKNOWN_SYMBOL, "unknown symbols: " + String.join(", ", unknown)
                    + "; nothing subscribed"));
            return;
        }
        long added = symbols.stream().filter(symbol -> !connection.follows(symbol)).count();
        if (connection.followedCount() + added > settings.maxSymbolsPerConnection()) {
            refuse(connection, now, ErrorMessage.TOO_MANY_SYMBOLS, "at most " + settings.maxSymbolsPerConnection()
                    + " symbols per connection; nothing subscribed", true);
            return;
        }
        // the reply is queued before any of the new symbols' updates can be
        connection.reply(subscribed(connection, symbols));
        symbols.forEach(symbol -> hub.follow(connection, symbol));
    }

    private void unsubscribe(TickerConnection connection, List<String> raw, long now) {
        Set<Symbol> symbols = parse(connection, raw, now);
        if (symbols == null) {
            return;
        }
        symbols.forEach(symbol -> hub.unfollow(connection, symbol));
        connection.reply(subscribed(connection, Set.of()));
    }

    /** The symbols of a subscribe or unsubscribe, or null (and an error sent) when they are not usable. */
    private Set<Symbol> parse(TickerConnection connection, List<String> raw, long now) {
        if (raw == null || raw.isEmpty()) {
            refuse(connection, now, ErrorMessage.INVALID_MESSAGE, "symbols must be a non-empty array", true);
            return null;
        }
        if (raw.size() > settings.maxSymbolsPerConnection()) {
            refuse(connection, now, ErrorMessage.TOO_MANY_SYMBOLS,
                    "at most " + settings.maxSymbolsPerConnection() + " symbols per connection", true);
            return null;
        }
        Set<Symbol> symbols = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String value : raw) {
            try {
                symbols.add(Symbol.of(value));
            } catch (ValidationException e) {
                invalid.add(String.valueOf(value));
            }
        }
        if (!invalid.isEmpty()) {
            connection.reply(error(ErrorMessage.UNKNOWN_SYMBOL, "not symbols: " + String.join(", ", invalid)));
            return null;
        }
        return symbols;
    }

    private String subscribed(TickerConnection connection, Set<Symbol> adding) {
        Set<String> all = new java.util.TreeSet<>();
        connection.followed().forEach(symbol -> all.add(symbol.value()));
        adding.forEach(symbol -> all.add(symbol.value()));
        return hub.serialize(new SubscribedMessage(List.copyOf(all)));
    }

    /** Counts a violation; closes with 1008 past the limit, else answers with an error (when {@code answer}). */
    private void refuse(TickerConnection connection, long now, String code, String message, boolean answer) {
        if (connection.violation(now, settings.violationWindow().toNanos(), settings.maxViolations())) {
            hub.drop(connection, CloseCause.ABUSE);
        } else if (answer) {
            connection.reply(error(code, message));
        }
    }

    private String error(String code, String message) {
        return hub.serialize(new ErrorMessage(code, message));
    }

    /** Over the byte limit in UTF-8; the container already refuses more characters than that. */
    private boolean tooBig(String text) {
        int limit = settings.maxMessageBytes();
        return text.length() > limit / 3 && text.getBytes(StandardCharsets.UTF_8).length > limit;
    }
}

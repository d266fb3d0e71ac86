package dev.tradedesk.adapter.binance.market;

import dev.tradedesk.adapter.binance.market.BinanceCombinedMessage.BinanceEventHeader;
import java.time.Instant;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the messages of a Binance combined stream ({@code {"stream":..,"data":..}}) into
 * {@link StreamEvent}s: {@code <symbol>@miniTicker}, {@code <symbol>@bookTicker} and the
 * {@code serverShutdown} event. Anything else is {@link Unrecognised} or {@link Malformed}, never an
 * exception, and neither carries the raw message. Thread-safe; shared by the live feed and the replay.
 */
public final class BinanceStreamParser {

    /** What one message says. */
    public sealed interface StreamEvent permits MiniTicker, BookTicker, ServerShutdown, Unrecognised, Malformed {
    }

    /** A {@code 24hrMiniTicker} payload, checked: symbol, close, open and volume present, event time set. */
    public record MiniTicker(String stream, BinanceMiniTicker payload) implements StreamEvent {
    }

    /** A {@code bookTicker} payload, checked: symbol, update id, bid and ask present. */
    public record BookTicker(String stream, BinanceBookTicker payload) implements StreamEvent {
    }

    /** Binance will close the connection soon (a server is going down): connect again elsewhere. */
    public record ServerShutdown(Instant eventTime) implements StreamEvent {
    }

    /** Well-formed, but not a stream this client reads (a reply to a control message, another stream). */
    public record Unrecognised(String what) implements StreamEvent {
    }

    /** Not in the documented format; {@code why} names the problem, never quotes the message. */
    public record Malformed(String why) implements StreamEvent {
    }

    private static final String MINI_TICKER = "@miniticker";
    private static final String BOOK_TICKER = "@bookticker";
    private static final String SERVER_SHUTDOWN = "serverShutdown";

    private final ObjectMapper mapper = BinancePriceSource.mapper();

    /** The stream name of {@code symbol}'s mini ticker: {@code btcusdt@miniTicker}. */
    public static String miniTickerStream(String symbol) {
        return symbol.toLowerCase(Locale.ROOT) + "@miniTicker";
    }

    /** The stream name of {@code symbol}'s book ticker: {@code btcusdt@bookTicker}. */
    public static String bookTickerStream(String symbol) {
        return symbol.toLowerCase(Locale.ROOT) + "@bookTicker";
    }

    public StreamEvent parse(String text) {
        if (text == null || text.isBlank()) {
            return new Malformed("empty message");
        }
        BinanceCombinedMessage message;
        try {
            message = mapper.readValue(text, BinanceCombinedMessage.class);
        } catch (JacksonException e) {
            return new Malformed("not a JSON object of the combined-stream format");
        }
        if (message == null) {
            return new Malformed("not a JSON object of the combined-stream format");
        }
        JsonNode data = message.data();
        if (data == null || !data.isObject()) {
            return message.stream() == null ? new Unrecognised("a message that is not a stream event")
                    : new Malformed("stream " + shortName(message.stream()) + " without a data object");
        }
        try {
            BinanceEventHeader header = mapper.treeToValue(data, BinanceEventHeader.class);
            if (SERVER_SHUTDOWN.equals(header.eventType())) {
                return header.eventTime() == null ? new Malformed("serverShutdown without event time")
                        : new ServerShutdown(Instant.ofEpochMilli(header.eventTime()));
            }
            String stream = message.stream();
            if (stream == null) {
                return new Malformed("data without a stream name");
            }
            String lower = stream.toLowerCase(Locale.ROOT);
            if (lower.endsWith(MINI_TICKER)) {
                return miniTicker(stream, mapper.treeToValue(data, BinanceMiniTicker.class));
            }
            if (lower.endsWith(BOOK_TICKER)) {
                return bookTicker(stream, mapper.treeToValue(data, BinanceBookTicker.class));
            }
            return new Unrecognised("stream " + shortName(stream));
        } catch (JacksonException e) {
            return new Malformed("stream " + shortName(message.stream()) + " with fields not in the documented format");
        }
    }

    private static StreamEvent miniTicker(String stream, BinanceMiniTicker payload) {
        if (!BinanceMiniTicker.EVENT_TYPE.equals(payload.eventType())) {
            return new Malformed("stream " + shortName(stream) + " with an event type other than 24hrMiniTicker");
        }
        if (payload.eventTime() == null || payload.symbol() == null || payload.closePrice() == null
                || payload.openPrice() == null || payload.baseVolume() == null) {
            return new Malformed("stream " + shortName(stream) + " missing E, s, c, o or v");
        }
        if (!stream.equalsIgnoreCase(miniTickerStream(payload.symbol()))) {
            return new Malformed("stream " + shortName(stream) + " carrying another symbol");
        }
        return new MiniTicker(stream, payload);
    }

    private static StreamEvent bookTicker(String stream, BinanceBookTicker payload) {
        if (payload.updateId() == null || payload.symbol() == null || payload.bidPrice() == null
                || payload.askPrice() == null) {
            return new Malformed("stream " + shortName(stream) + " missing u, s, b or a");
        }
        if (!stream.equalsIgnoreCase(bookTickerStream(payload.symbol()))) {
            return new Malformed("stream " + shortName(stream) + " carrying another symbol");
        }
        return new BookTicker(stream, payload);
    }

    /** A stream name fit for a log line: at most 40 characters, printable ASCII only. */
    private static String shortName(String stream) {
        if (stream == null) {
            return "(none)";
        }
        String cut = stream.length() > 40 ? stream.substring(0, 40) + "..." : stream;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }
}

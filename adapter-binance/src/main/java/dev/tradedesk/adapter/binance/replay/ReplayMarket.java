package dev.tradedesk.adapter.binance.replay;

import dev.tradedesk.adapter.binance.market.BinanceBookTicker;
import dev.tradedesk.adapter.binance.market.BinanceMiniTicker;
import dev.tradedesk.adapter.binance.market.BinancePriceSource;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.BookTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.MiniTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.StreamEvent;
import dev.tradedesk.adapter.binance.market.BinanceTickAssembler;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded market to replay: the symbols of an {@code exchangeInfo} body and a timeline of
 * {@code miniTicker}/{@code bookTicker} messages, each {@code <offset ms>\t<combined-stream message>} on
 * one line. The timeline loops: its length is the last offset plus one second, and the position in it at
 * an instant is that instant's epoch milliseconds modulo the length, so every node (and the price source
 * and the feed) agree on the current state. Immutable and thread-safe.
 */
public final class ReplayMarket {

    /** The {@link PriceTick#source()} of replayed ticks. */
    public static final String SOURCE = "replay";

    static final String BUNDLED_EXCHANGE_INFO = "/dev/tradedesk/adapter/binance/replay/exchangeInfo.json";
    static final String BUNDLED_STREAM = "/dev/tradedesk/adapter/binance/replay/stream.tsv";
    private static final long LOOP_GAP_MILLIS = 1000;

    /** One message of the timeline: a {@link MiniTicker} or a {@link BookTicker}. */
    record Entry(long offset, String symbol, StreamEvent event) {
    }

    private record SymbolTimeline(long[] miniOffsets, BinanceMiniTicker[] minis, long[] bookOffsets,
            BinanceBookTicker[] books) {
    }

    private final List<SymbolInfo> symbols;
    private final Map<Symbol, SymbolInfo> bySymbol = new LinkedHashMap<>();
    private final List<Entry> timeline;
    private final long loopMillis;
    private final Map<String, SymbolTimeline> timelines = new HashMap<>();

    private ReplayMarket(List<SymbolInfo> symbols, List<Entry> timeline) {
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("the replay recording is empty");
        }
        this.symbols = List.copyOf(symbols);
        this.symbols.forEach(info -> bySymbol.put(info.symbol(), info));
        this.timeline = List.copyOf(timeline);
        this.loopMillis = timeline.get(timeline.size() - 1).offset() + LOOP_GAP_MILLIS;
        Map<String, List<Entry>> minis = new HashMap<>();
        Map<String, List<Entry>> books = new HashMap<>();
        for (Entry entry : timeline) {
            (entry.event() instanceof MiniTicker ? minis : books)
                    .computeIfAbsent(entry.symbol(), key -> new ArrayList<>()).add(entry);
        }
        for (String symbol : minis.keySet()) {
            List<Entry> m = minis.get(symbol);
            List<Entry> b = books.getOrDefault(symbol, List.of());
            timelines.put(symbol, new SymbolTimeline(
                    m.stream().mapToLong(Entry::offset).toArray(),
                    m.stream().map(e -> ((MiniTicker) e.event()).payload()).toArray(BinanceMiniTicker[]::new),
                    b.stream().mapToLong(Entry::offset).toArray(),
                    b.stream().map(e -> ((BookTicker) e.event()).payload()).toArray(BinanceBookTicker[]::new)));
        }
    }

    /** The data bundled in this module (8 USDT symbols, 75 s of ticks). */
    public static ReplayMarket bundled() {
        return load(BUNDLED_EXCHANGE_INFO, BUNDLED_STREAM);
    }

    /** Data from two classpath resources: an {@code exchangeInfo} body and a recording. */
    public static ReplayMarket load(String exchangeInfoResource, String streamResource) {
        return of(resource(exchangeInfoResource), resource(streamResource));
    }

    /**
     * Data from an {@code exchangeInfo} body and a recording.
     *
     * @throws IllegalArgumentException when a line of the recording is not {@code <offset>\t<message>} with
     *                                  a non-decreasing offset and a miniTicker or bookTicker message
     */
    public static ReplayMarket of(String exchangeInfoJson, String recording) {
        List<SymbolInfo> symbols = BinancePriceSource.parseExchangeInfo(exchangeInfoJson);
        BinanceStreamParser parser = new BinanceStreamParser();
        List<Entry> timeline = new ArrayList<>();
        long previous = 0;
        int number = 0;
        for (String line : recording.split("\n")) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("replay line " + number + ": no tab after the offset");
            }
            long offset;
            try {
                offset = Long.parseLong(line.substring(0, tab).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("replay line " + number + ": the offset is not a number");
            }
            if (offset < previous) {
                throw new IllegalArgumentException("replay line " + number + ": offsets must not decrease");
            }
            previous = offset;
            StreamEvent event = parser.parse(line.substring(tab + 1));
            if (event instanceof MiniTicker mini) {
                timeline.add(new Entry(offset, mini.payload().symbol(), event));
            } else if (event instanceof BookTicker book) {
                timeline.add(new Entry(offset, book.payload().symbol(), event));
            } else {
                throw new IllegalArgumentException("replay line " + number + ": not a miniTicker or bookTicker: " + event);
            }
        }
        return new ReplayMarket(symbols, timeline);
    }

    /** The listed symbols, as the exchange's {@code exchangeInfo} gives them. */
    public List<SymbolInfo> symbols() {
        return symbols;
    }

    public Optional<SymbolInfo> symbol(Symbol symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /** How long one pass of the recording takes. */
    public Duration loopLength() {
        return Duration.ofMillis(loopMillis);
    }

    List<Entry> timeline() {
        return timeline;
    }

    /** Where in the loop {@code instant} falls, in milliseconds from its start. */
    long position(Instant instant) {
        return Math.floorMod(instant.toEpochMilli(), loopMillis);
    }

    /**
     * {@code symbol}'s state at {@code position} (its last mini ticker at or before it, merged with its last
     * book ticker; from the end of the previous pass if none yet in this one), stamped {@code stamp}; empty
     * when the recording has no mini ticker of the symbol.
     */
    Optional<PriceTick> priceAt(Symbol symbol, long position, Instant stamp) {
        return stateAt(symbol, position).flatMap(state -> {
            BinanceTickAssembler assembler = new BinanceTickAssembler(SOURCE);
            if (state.book() != null) {
                assembler.onBookTicker(state.book());
            }
            return assembler.onMiniTicker(state.mini()).map(tick -> restamp(tick, stamp));
        });
    }

    /** A symbol's last recorded mini ticker and book ticker (null if it has none) at a position. */
    record State(BinanceMiniTicker mini, BinanceBookTicker book) {
    }

    /** {@code symbol}'s recorded state at {@code position}, as {@link #priceAt} merges it. */
    Optional<State> stateAt(Symbol symbol, long position) {
        SymbolTimeline line = timelines.get(symbol.value());
        if (line == null) {
            return Optional.empty();
        }
        BinanceMiniTicker mini = line.minis()[lastAtOrBefore(line.miniOffsets(), position)];
        BinanceBookTicker book = line.books().length == 0 ? null
                : line.books()[lastAtOrBefore(line.bookOffsets(), position)];
        return Optional.of(new State(mini, book));
    }

    static PriceTick restamp(PriceTick tick, Instant stamp) {
        return new PriceTick(tick.symbol(), tick.price(), tick.change24hPct(), tick.volume24h(), tick.bid(), tick.ask(),
                stamp, tick.source());
    }

    /** The index of the last offset at or before {@code position}, or the last index (wrap-around). */
    private static int lastAtOrBefore(long[] offsets, long position) {
        int low = 0;
        int high = offsets.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (offsets[mid] <= position) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 ? found : offsets.length - 1;
    }

    private static String resource(String name) {
        Objects.requireNonNull(name, "name");
        try (InputStream in = ReplayMarket.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.tradedesk.adapter.binance.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-process stand-in for the Binance Spot REST API on {@code 127.0.0.1} and a random port, for
 * tests and offline runs. It serves {@code GET /api/v3/ping}, {@code /api/v3/time},
 * {@code /api/v3/exchangeInfo}, {@code /api/v3/ticker/price} and {@code /api/v3/ticker/24hr} (single
 * {@code symbol=} and list {@code symbols=[...]} forms, and no parameter for all) in the field layout
 * of Binance's published samples (see {@code src/test/resources/binance/README.txt}), from the symbols
 * and tickers set with {@link #listSymbol} and {@link #setTicker}.
 *
 * <p>Failures are scripted with {@link #enqueue(Fault...)}: each queued fault answers one request,
 * in order, then the server answers normally again (or with the fault set by
 * {@link #failEveryRequest(Fault)}). Every answer carries
 * {@code X-MBX-USED-WEIGHT-1M}: the running total of the endpoints' weights, or a fixed value set with
 * {@link #setUsedWeight(int)}. Every request is recorded ({@link #requests()}), faulted or not.
 *
 * <p>It also serves Binance's combined WebSocket stream at {@link #wsUrl()}{@code /stream?streams=a/b/c}
 * (its own port): {@link #publishMiniTicker} and {@link #publishBookTicker} send the documented payloads,
 * wrapped as {@code {"stream":..,"data":..}}, to every connection subscribed to that stream, without
 * waiting for slow clients. Stream faults: {@link #dropStreamConnections()} (TCP closed, no close frame),
 * {@link #closeStreamConnections(int, String)}, {@link #stallStreamConnections()},
 * {@link #sendToStreamConnections(String)} (malformed messages), {@link #sendServerShutdown()},
 * {@link #refuseHandshakes(int, int, String)} / {@link #refuseHandshakesFor(Duration)} (any HTTP status,
 * optionally with {@code Retry-After}, answered by a TCP front that passes accepted connections through to
 * the Java-WebSocket server behind it), and
 * {@link #pingStreamConnections()} with the pongs recorded ({@link #pongs()}).
 */
public final class FakeBinanceServer implements AutoCloseable {

    private static final Pattern LEGAL_SYMBOL = Pattern.compile("^[A-Z0-9-_.]{1,20}$");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, FakeSymbol> symbols = new ConcurrentHashMap<>();
    private final List<String> symbolOrder = new CopyOnWriteArrayList<>();
    private final Map<String, FakeTicker> tickers = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger weight = new AtomicInteger();
    private volatile Integer fixedWeight;
    private volatile Fault standingFault;
    private final FakeStreamServer stream = new FakeStreamServer();
    private final Map<String, AtomicLong> eventTimes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> updateIds = new ConcurrentHashMap<>();

    private FakeBinanceServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-binance");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        try {
            stream.startAndWait();
        } catch (RuntimeException e) {
            server.stop(0);
            executor.shutdownNow();
            throw e;
        }
    }

    /** Starts a server with no symbols. */
    public static FakeBinanceServer start() {
        try {
            return new FakeBinanceServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, the REST base URL to configure. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Lists (or replaces) a symbol in {@code exchangeInfo}. */
    public FakeBinanceServer listSymbol(FakeSymbol symbol) {
        if (symbols.put(symbol.symbol(), symbol) == null) {
            symbolOrder.add(symbol.symbol());
        }
        return this;
    }

    /** Sets (or replaces) a symbol's ticker; a symbol without one is "Invalid symbol." to the ticker endpoints. */
    public FakeBinanceServer setTicker(FakeTicker ticker) {
        tickers.put(ticker.symbol(), ticker);
        return this;
    }

    /** Queues faults; each answers the next request not yet answered by an earlier fault. */
    public FakeBinanceServer enqueue(Fault... next) {
        for (Fault fault : next) {
            faults.addLast(Objects.requireNonNull(fault));
        }
        return this;
    }

    /** Answers every request with {@code fault} once the queue is empty, until {@link #clearFaults()}. */
    public FakeBinanceServer failEveryRequest(Fault fault) {
        standingFault = Objects.requireNonNull(fault);
        return this;
    }

    /** Forgets queued faults and the standing one. */
    public FakeBinanceServer clearFaults() {
        faults.clear();
        standingFault = null;
        return this;
    }

    /** Sends this {@code X-MBX-USED-WEIGHT-1M} on every answer from now on. */
    public FakeBinanceServer setUsedWeight(int usedWeight) {
        fixedWeight = usedWeight;
        return this;
    }

    /** Sends no {@code X-MBX-USED-WEIGHT-1M} at all from now on, until {@link #countWeight()}. */
    public FakeBinanceServer omitUsedWeight() {
        fixedWeight = -1;
        return this;
    }

    /** Back to the running total of weights (reset to zero). */
    public FakeBinanceServer countWeight() {
        fixedWeight = null;
        weight.set(0);
        return this;
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    public void clearRequests() {
        requests.clear();
    }

    // ---------------------------------------------------------------- WebSocket streams

    /** {@code ws://127.0.0.1:<port>}, the stream base URL to configure ({@code wsBaseUrl}). */
    public URI wsUrl() {
        return stream.url();
    }

    /**
     * Publishes a {@code <symbol>@miniTicker} event in the layout of {@code ws_miniTicker.txt}, with the
     * event time {@code E} the current time (strictly increasing per symbol), high and low the larger and
     * smaller of open and close, and quote volume {@code volume * close}.
     *
     * @return to how many connections it was sent
     */
    public int publishMiniTicker(String symbol, String close, String open, String volume) {
        long now = System.currentTimeMillis();
        long eventTime = eventTimes.computeIfAbsent(symbol, key -> new AtomicLong())
                .updateAndGet(last -> Math.max(last + 1, now));
        return publishMiniTicker(symbol, close, open, volume, eventTime);
    }

    /** {@link #publishMiniTicker(String, String, String, String)} with a given event time {@code E} (epoch ms). */
    public int publishMiniTicker(String symbol, String close, String open, String volume, long eventTime) {
        BigDecimal c = new BigDecimal(close);
        BigDecimal o = new BigDecimal(open);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("e", "24hrMiniTicker");
        data.put("E", eventTime);
        data.put("s", symbol);
        data.put("c", close);
        data.put("o", open);
        data.put("h", c.max(o).toPlainString());
        data.put("l", c.min(o).toPlainString());
        data.put("v", volume);
        data.put("q", new BigDecimal(volume).multiply(c).toPlainString());
        return publishRaw(symbol.toLowerCase(Locale.ROOT) + "@miniTicker", write(data));
    }

    /**
     * Publishes a {@code <symbol>@bookTicker} event in the layout of {@code ws_bookTicker.txt}, with an
     * update id {@code u} increasing per symbol and quantities of {@code 1.00000000}.
     *
     * @return to how many connections it was sent
     */
    public int publishBookTicker(String symbol, String bid, String ask) {
        long updateId = updateIds.computeIfAbsent(symbol, key -> new AtomicLong(400900216)).incrementAndGet();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("u", updateId);
        data.put("s", symbol);
        data.put("b", bid);
        data.put("B", "1.00000000");
        data.put("a", ask);
        data.put("A", "1.00000000");
        return publishRaw(symbol.toLowerCase(Locale.ROOT) + "@bookTicker", write(data));
    }

    /**
     * Publishes {@code ticksPerSecond} mini tickers per second in total, round robin over {@code symbols}
     * (each symbol gets {@code ticksPerSecond / symbols.size()} per second, evenly spaced), each with the
     * event time {@code E} taken when it is sent, from a single thread, until the returned handle is
     * closed. Prices walk randomly (seeded: the same sequence every run) around each symbol's ticker
     * (set with {@link #setTicker}, else 100). A symbol's book ticker is published right after its mini
     * ticker whenever a stream connection has opened since its last book ticker, so every connection
     * learns bid and ask once and every later event is a mini ticker carrying a fresh {@code E}: a book
     * ticker alone would give a tick stamped with its symbol's older mini ticker time.
     */
    public Ticking startTicking(List<String> tickingSymbols, int ticksPerSecond) {
        if (tickingSymbols.isEmpty() || ticksPerSecond < 1) {
            throw new IllegalArgumentException("symbols and a positive rate needed");
        }
        return new Ticking(this, List.copyOf(tickingSymbols), ticksPerSecond);
    }

    /** The mini tickers {@link #startTicking} publishes; {@link #close()} stops them. */
    public static final class Ticking implements AutoCloseable {

        private final FakeBinanceServer server;
        private final List<String> names;
        private final java.util.concurrent.ScheduledExecutorService timer;
        private final BigDecimal[] prices;
        private final int[] booksAtConnections;
        private final java.util.Random random = new java.util.Random(42);
        private final AtomicLong published = new AtomicLong();
        private final AtomicLong lateTicks = new AtomicLong();
        private final long periodNanos;
        private final long startNanos;
        private long sequence;

        private Ticking(FakeBinanceServer server, List<String> names, int ticksPerSecond) {
            this.server = server;
            this.names = names;
            this.prices = new BigDecimal[names.size()];
            this.booksAtConnections = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                FakeTicker ticker = server.tickers.get(names.get(i));
                prices[i] = new BigDecimal(ticker != null ? ticker.lastPrice() : "100.00000000")
                        .setScale(8, java.math.RoundingMode.HALF_EVEN);
            }
            this.periodNanos = 1_000_000_000L / ticksPerSecond;
            this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "fake-binance-ticking");
                thread.setDaemon(true);
                return thread;
            });
            this.startNanos = System.nanoTime();
            timer.schedule(this::catchUp, 0, java.util.concurrent.TimeUnit.NANOSECONDS);
        }

        /** Publishes every tick due by now (none skipped), then sleeps until the next one is due. */
        private void catchUp() {
            try {
                long now = System.nanoTime();
                long due = (now - startNanos) / periodNanos + 1;
                if (due - sequence > 1) {
                    lateTicks.addAndGet(due - sequence - 1);
                }
                while (sequence < due) {
                    tick((int) (sequence % names.size()));
                    sequence++;
                }
                long next = startNanos + sequence * periodNanos - System.nanoTime();
                timer.schedule(this::catchUp, Math.max(0, next), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed
            } catch (RuntimeException e) {
                if (!timer.isShutdown()) {
                    timer.schedule(this::catchUp, periodNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
                }
            }
        }

        private void tick(int i) {
            String symbol = names.get(i);
            // a step of up to +-0.1% (in basis points of a basis point), never below one tick
            BigDecimal step = prices[i].multiply(BigDecimal.valueOf(random.nextInt(201) - 100, 5));
            BigDecimal price = prices[i].add(step).setScale(8, java.math.RoundingMode.HALF_EVEN)
                    .max(new BigDecimal("0.00000100"));
            prices[i] = price;
            FakeTicker ticker = server.tickers.get(symbol);
            String open = ticker != null ? ticker.openPrice() : price.toPlainString();
            String volume = ticker != null ? ticker.volume() : "1000.00000000";
            published.incrementAndGet();
            server.publishMiniTicker(symbol, price.toPlainString(), open, volume);
            int connections = server.totalStreamConnections();
            if (booksAtConnections[i] != connections) {
                booksAtConnections[i] = connections;
                BigDecimal half = price.multiply(new BigDecimal("0.00005")).setScale(8, java.math.RoundingMode.HALF_EVEN);
                server.publishBookTicker(symbol, price.subtract(half).toPlainString(), price.add(half).toPlainString());
            }
        }

        /** Mini tickers published so far. */
        public long published() {
            return published.get();
        }

        /** Ticks that were due while the previous ones were still being sent (published late, none skipped). */
        public long lateTicks() {
            return lateTicks.get();
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /** Sends {@code {"stream":stream,"data":rawData}} to every connection subscribed to {@code stream}. */
    public int publishRaw(String stream, String rawData) {
        return this.stream.publish(stream, "{\"stream\":" + write(stream) + ",\"data\":" + rawData + "}");
    }

    /** Sends {@code text} as it is to every open stream connection (malformed or unknown messages). */
    public int sendToStreamConnections(String text) {
        return stream.sendToAll(text);
    }

    /** Sends the {@code serverShutdown} event, wrapped as in {@code ws_combined_wrapper_serverShutdown.txt}, to every connection. */
    public int sendServerShutdown() {
        return stream.sendToAll("{\"stream\":\"!serverShutdown\",\"data\":{\"e\":\"serverShutdown\",\"E\":"
                + System.currentTimeMillis() + "}}");
    }

    /** Pings every open stream connection; the payloads sent ({@code ping-N}), to look for in {@link #pongs()}. */
    public List<String> pingStreamConnections() {
        return stream.pingAll();
    }

    /** The payloads of every pong received so far. */
    public List<String> pongs() {
        return stream.pongs();
    }

    /** Closes every stream connection's socket abruptly (no close frame); how many. */
    public int dropStreamConnections() {
        return stream.dropAll();
    }

    /** Closes every stream connection with a close frame ({@code 1001} "going away", say); how many. */
    public int closeStreamConnections(int code, String reason) {
        return stream.closeAll(code, reason);
    }

    /** The stream connections open now send nothing more (no data, no pings) but stay open; later ones are normal. */
    public int stallStreamConnections() {
        return stream.stallAll();
    }

    /** Refuses the next {@code count} stream handshakes with {@code 503 Service Unavailable}. */
    public FakeBinanceServer refuseHandshakes(int count) {
        return refuseHandshakes(count, 503, null);
    }

    /**
     * Refuses the next {@code count} stream handshakes with this HTTP status (429, 418, 503, ...) and, if not
     * null, this {@code Retry-After} value.
     */
    public FakeBinanceServer refuseHandshakes(int count, int status, String retryAfter) {
        stream.refuseNext(count, status, retryAfter);
        return this;
    }

    /** Refuses every stream handshake for {@code duration} from now with {@code 503 Service Unavailable}. */
    public FakeBinanceServer refuseHandshakesFor(Duration duration) {
        stream.refuseFor(duration, 503, null);
        return this;
    }

    /** Accepts handshakes again. */
    public FakeBinanceServer acceptHandshakes() {
        stream.stopRefusing();
        return this;
    }

    /** Stream connections open now. */
    public int openStreamConnections() {
        return stream.openConnections();
    }

    /** Stream connections accepted since the start (handshakes refused not counted). */
    public int totalStreamConnections() {
        return stream.totalConnections();
    }

    /** Stream handshakes refused since the start. */
    public int refusedHandshakes() {
        return stream.refusedHandshakes();
    }

    /** The streams of every connection accepted since the start, in order. */
    public List<Set<String>> streamSubscriptions() {
        return stream.subscriptions();
    }

    /** The streams of every connection open now. */
    public List<Set<String>> openStreamSubscriptions() {
        return stream.openSubscriptions();
    }

    /** Text messages clients sent on stream connections (Binance's SUBSCRIBE etc.; this client sends none). */
    public List<String> streamClientMessages() {
        return stream.clientMessages();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        stream.shutDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Map<String, String> query = parse(rawQuery);
            requests.add(new RecordedRequest(exchange.getRequestMethod(), path, query));
            Fault fault = faults.pollFirst();
            if (fault == null) {
                fault = standingFault;
            }
            if (fault != null && fault.apply(this, exchange, path, query)) {
                return;
            }
            answer(exchange, path, query);
        }
    }

    void answer(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "", 1);
            return;
        }
        switch (path) {
            case "/api/v3/ping" -> send(exchange, 200, "{}", 1);
            case "/api/v3/time" -> send(exchange, 200, "{\"serverTime\":" + System.currentTimeMillis() + "}", 1);
            case "/api/v3/exchangeInfo" -> send(exchange, 200, exchangeInfo(), 20);
            case "/api/v3/ticker/price" -> tickerEndpoint(exchange, query, this::tickerPrice, 2, 4);
            case "/api/v3/ticker/24hr" -> tickerEndpoint(exchange, query, this::ticker24h, 2, -1);
            default -> send(exchange, 404, "", 1);
        }
    }

    private interface Render {
        Map<String, Object> render(FakeTicker ticker);
    }

    private void tickerEndpoint(HttpExchange exchange, Map<String, String> query, Render render, int singleWeight,
            int listWeight) throws IOException {
        String one = query.get("symbol");
        String many = query.get("symbols");
        if (one != null && many != null) {
            error(exchange, 400, -1101, "Too many parameters; expected 'symbol' and received 'symbols'.");
            return;
        }
        if (one != null) {
            if (!LEGAL_SYMBOL.matcher(one).matches()) {
                error(exchange, 400, -1100, "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'.");
                return;
            }
            FakeTicker ticker = tickers.get(one);
            if (ticker == null) {
                error(exchange, 400, -1121, "Invalid symbol.");
                return;
            }
            send(exchange, 200, write(render.render(ticker)), singleWeight);
            return;
        }
        List<String> names = new ArrayList<>();
        if (many != null) {
            String[] parsed;
            try {
                parsed = JSON.readValue(many, String[].class);
            } catch (RuntimeException e) {
                error(exchange, 400, -1100, "Illegal characters found in parameter 'symbols'; legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]{1,20}\"){0,}){0,1}\\]$'.");
                return;
            }
            for (String name : parsed) {
                if (name == null || !LEGAL_SYMBOL.matcher(name).matches()) {
                    error(exchange, 400, -1100, "Illegal characters found in parameter 'symbols'.");
                    return;
                }
                if (!tickers.containsKey(name)) {
                    error(exchange, 400, -1121, "Invalid symbol.");
                    return;
                }
                names.add(name);
            }
        } else {
            for (String name : symbolOrder) {
                if (tickers.containsKey(name)) {
                    names.add(name);
                }
            }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : names) {
            list.add(render.render(tickers.get(name)));
        }
        int weightOfList = listWeight > 0 ? listWeight
                : many == null ? 80 : names.size() <= 20 ? 2 : names.size() <= 100 ? 40 : 80;
        send(exchange, 200, write(list), weightOfList);
    }

    /** The layout of rest_ticker_price_single.json. */
    private Map<String, Object> tickerPrice(FakeTicker ticker) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("symbol", ticker.symbol());
        map.put("price", ticker.lastPrice());
        return map;
    }

    /** The layout of rest_ticker_24hr_full_single.nocomments.json. */
    private Map<String, Object> ticker24h(FakeTicker ticker) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("symbol", ticker.symbol());
        map.put("priceChange", ticker.priceChange());
        map.put("priceChangePercent", ticker.priceChangePercent());
        map.put("weightedAvgPrice", ticker.lastPrice());
        map.put("prevClosePrice", ticker.openPrice());
        map.put("lastPrice", ticker.lastPrice());
        map.put("lastQty", "1.00000000");
        map.put("bidPrice", ticker.bidPrice());
        map.put("bidQty", "100.00000000");
        map.put("askPrice", ticker.askPrice());
        map.put("askQty", "100.00000000");
        map.put("openPrice", ticker.openPrice());
        map.put("highPrice", ticker.lastPrice());
        map.put("lowPrice", ticker.lastPrice());
        map.put("volume", ticker.volume());
        map.put("quoteVolume", ticker.quoteVolume());
        map.put("openTime", ticker.closeTime() - 86_400_000L);
        map.put("closeTime", ticker.closeTime());
        map.put("firstId", 28385);
        map.put("lastId", 28460);
        map.put("count", 76);
        return map;
    }

    /** The layout of rest_exchangeInfo_response_skeleton.txt with the filter formats of filters.md. */
    private String exchangeInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("timezone", "UTC");
        info.put("serverTime", System.currentTimeMillis());
        info.put("rateLimits", List.of(
                Map.of("rateLimitType", "REQUEST_WEIGHT", "interval", "MINUTE", "intervalNum", 1, "limit", 6000),
                Map.of("rateLimitType", "ORDERS", "interval", "SECOND", "intervalNum", 10, "limit", 50),
                Map.of("rateLimitType", "RAW_REQUESTS", "interval", "MINUTE", "intervalNum", 5, "limit", 61000)));
        info.put("exchangeFilters", List.of());
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : symbolOrder) {
            list.add(symbols.get(name).toWire());
        }
        info.put("symbols", list);
        return write(info);
    }

    void error(HttpExchange exchange, int status, int code, String msg) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("msg", msg);
        send(exchange, status, write(body), 1);
    }

    void send(HttpExchange exchange, int status, String body, int requestWeight) throws IOException {
        send(exchange, status, body, requestWeight, Map.of());
    }

    void send(HttpExchange exchange, int status, String body, int requestWeight, Map<String, String> headers)
            throws IOException {
        int total = weight.addAndGet(requestWeight);
        Integer fixed = fixedWeight;
        if (fixed == null || fixed >= 0) {
            exchange.getResponseHeaders().set("X-MBX-USED-WEIGHT-1M", String.valueOf(fixed != null ? fixed : total));
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    /** A request as the fake received it; {@code query} is URL-decoded. */
    public record RecordedRequest(String method, String path, Map<String, String> query) {
    }

    /** A scripted answer to one request. */
    public interface Fault {

        /**
         * Answers the exchange (or lets {@code next} answer it after doing something first).
         *
         * @return whether the exchange was answered (or dropped); false lets the normal answer follow
         */
        boolean apply(FakeBinanceServer server, HttpExchange exchange, String path, Map<String, String> query)
                throws IOException;

        /** 429 with {@code Retry-After: seconds} and Binance's -1003 body. */
        static Fault tooManyRequests(long retryAfterSeconds) {
            return (server, exchange, path, query) -> {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
                server.error(exchange, 429, -1003,
                        "Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.");
                return true;
            };
        }

        /** 429 with this {@code Retry-After} value as it stands (an HTTP-date, or something unusable). */
        static Fault tooManyRequests(String retryAfter) {
            return (server, exchange, path, query) -> {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
                server.error(exchange, 429, -1003, "Too many requests; please use the websocket for live updates.");
                return true;
            };
        }

        /** 418 (IP auto-banned) with {@code Retry-After: seconds}. */
        static Fault banned(long retryAfterSeconds) {
            return (server, exchange, path, query) -> {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
                server.error(exchange, 418, -1003,
                        "Way too much request weight used; IP banned until 1700000000000. Please use WebSocket Streams for live updates to avoid bans.");
                return true;
            };
        }

        /** A server error with Binance's -1001 body (502/503/504 usually come from the gateway). */
        static Fault serverError(int status) {
            return (server, exchange, path, query) -> {
                server.error(exchange, status, -1001, "Internal error; unable to process your request. Please try again.");
                return true;
            };
        }

        /** Waits, then answers normally (or not at all if the client gave up and the server is closing). */
        static Fault delay(Duration delay) {
            return (server, exchange, path, query) -> {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                return false;
            };
        }

        /** Closes the connection without sending a status line. */
        static Fault drop() {
            return (server, exchange, path, query) -> {
                exchange.close();
                return true;
            };
        }

        /** 200 with this body, whatever the endpoint. */
        static Fault body(String body) {
            return (server, exchange, path, query) -> {
                server.send(exchange, 200, body, 1);
                return true;
            };
        }

        /** 200 with a body that is not JSON. */
        static Fault malformed() {
            return body("{\"symbol\": \"BNBBTC\", \"lastPrice\": <html>oops</html>");
        }

        /** Any status and body, for what the other faults do not cover. */
        static Fault status(int status, String body) {
            return (server, exchange, path, query) -> {
                server.send(exchange, status, body, 1);
                return true;
            };
        }
    }
}

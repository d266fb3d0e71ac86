package dev.tradedesk.bootstrap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real WebSocket client of {@code /ws/ticker} (the JDK's {@link WebSocket}): records every message and
 * the close, and can stop reading ({@link #pause()}: no demand, so the JDK client stops reading the
 * socket and TCP back-pressure reaches the server) and start again.
 */
final class TickerClient implements WebSocket.Listener {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration WAIT = Duration.ofSeconds(20);

    private final List<JsonNode> messages = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> latestPrices = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, JsonNode> latestTickers = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger tickerCount = new java.util.concurrent.atomic.AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile WebSocket socket;
    private volatile boolean paused;
    private volatile boolean owesRequest;

    /** Opens a connection; {@code headers} go on the handshake. */
    static TickerClient connect(int port, String query, Map<String, String> headers) {
        TickerClient client = new TickerClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        URI uri = URI.create("ws://127.0.0.1:" + port + "/ws/ticker" + (query == null ? "" : "?" + query));
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    static TickerClient connect(int port, String accessToken) {
        return connect(port, null, Map.of("Authorization", "Bearer " + accessToken));
    }

    /** The HTTP status that refused the handshake, or 101 if it succeeded. */
    static int handshakeStatus(int port, String query, Map<String, String> headers) {
        try {
            TickerClient client = connect(port, query, headers);
            client.socket.abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void subscribe(String... symbols) {
        send("{\"op\": \"subscribe\", \"symbols\": " + HttpApi.json(List.of(symbols)) + "}");
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        if (owesRequest) {
            owesRequest = false;
            socket.request(1);
        }
    }

    void abort() {
        socket.abort();
    }

    List<JsonNode> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The last ticker message of {@code symbol}, or null. */
    JsonNode lastTicker(String symbol) {
        return latestTickers.get(symbol);
    }

    /** The price of the last ticker message of {@code symbol}, or "" before the first. */
    String lastPrice(String symbol) {
        return latestPrices.getOrDefault(symbol, "");
    }

    /** How many ticker messages arrived. */
    int tickerCount() {
        return tickerCount.get();
    }

    /** Waits for the first message (from the start) matching {@code test}. */
    JsonNode await(String what, Predicate<JsonNode> test) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode message : messages()) {
                if (test.test(message)) {
                    return message;
                }
            }
            sleep(10);
        }
        throw new AssertionError("timed out waiting for " + what + "; got " + tail());
    }

    JsonNode awaitType(String type) {
        return await("a " + type + " message", m -> m.path("type").asString().equals(type));
    }

    void awaitPrice(String symbol, String price) {
        awaitTicker(symbol + " at " + price, symbol, ticker -> ticker.path("price").asString().equals(price));
    }

    /** Waits until the last ticker message of {@code symbol} matches {@code test}; returns it. */
    JsonNode awaitTicker(String what, String symbol, Predicate<JsonNode> test) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode ticker = latestTickers.get(symbol);
            if (ticker != null && test.test(ticker)) {
                return ticker;
            }
            if (System.nanoTime() > deadline || closed.isDone()) {
                throw new AssertionError("no " + what + "; closed " + closed.getNow(null) + "; last " + ticker
                        + "; got " + tail());
            }
            sleep(5);
        }
    }

    /** The close code the server sent, waiting for it. */
    int awaitClose() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("not closed; got " + tail(), e);
        }
    }

    boolean isClosed() {
        return closed.isDone();
    }

    private List<JsonNode> tail() {
        List<JsonNode> all = messages();
        return all.subList(Math.max(0, all.size() - 5), all.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode message = JSON.readTree(partial.toString());
            partial.setLength(0);
            if (message.path("type").asString().equals("ticker")) {
                tickerCount.incrementAndGet();
                latestPrices.put(message.path("symbol").asString(), message.path("price").asString());
                latestTickers.put(message.path("symbol").asString(), message);
            } else {
                messages.add(message);
            }
        }
        if (paused) {
            owesRequest = true;
            if (!paused) {
                resume();
            }
        } else {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006);
    }
}

package dev.tradedesk.adapter.binance.market;

import dev.tradedesk.adapter.binance.market.BinanceStreamParser.BookTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.Malformed;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.MiniTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.ServerShutdown;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.StreamEvent;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.Unrecognised;
import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TickerFeed} on Binance's public WebSocket streams, over the JDK {@link WebSocket}: one combined
 * stream {@code <wsBaseUrl>/stream?streams=btcusdt@miniTicker/btcusdt@bookTicker/...} per group of at
 * most {@link BinanceSettings.Stream#maxStreamsPerConnection()} streams (Binance allows 1024 per
 * connection), each symbol's two streams on the same connection.
 *
 * <p>Each connection of a {@link Connection} looks after itself:
 * <ul>
 * <li>pings are answered with pongs by the JDK client itself (it does so for every ping it reads; the
 * feed keeps reading);</li>
 * <li>after a failure (network error, close by the server, handshake refused, no message and no ping for
 * {@code idleTimeout}) it reconnects with exponential backoff and jitter (at least {@code Retry-After}
 * after a refused handshake that carries one); the subscription is in the URL, so every new connection
 * is subscribed again;</li>
 * <li>at {@code maxConnectionAge} (Binance cuts at 24 hours) and on Binance's {@code serverShutdown}
 * event it opens a new connection first and closes the old one {@code rotationOverlap} later, reading
 * both meanwhile: no gap, and duplicates are dropped by event time ({@link BinanceTickAssembler});</li>
 * <li>malformed and unknown messages are skipped and logged (rate-limited, never the message itself).</li>
 * </ul>
 * The listener hears {@code onStatus(true, ..)} when every connection of the group is open and
 * {@code onStatus(false, reason)} when one is not; all listener calls come from the connection's single
 * thread ({@code binance-stream-N}), which {@link Connection#close()} ends. Thread-safe.
 */
public class BinanceTickerFeed implements TickerFeed {

    private static final Logger log = LoggerFactory.getLogger(BinanceTickerFeed.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int MAX_MESSAGE_CHARS = 1 << 20;
    /** Messages read but not yet handled, per connection, beyond which new ones are dropped (a listener that blocks). */
    static final int MAX_BACKLOG = 50_000;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);
    private static final Duration MALFORMED_LOG_INTERVAL = Duration.ofSeconds(10);

    private final BinanceSettings.Stream settings;
    private final HttpClient client;
    private final DoubleSupplier random;

    /** A feed with its own {@link HttpClient}. */
    public BinanceTickerFeed(BinanceSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.stream().connectTimeout()).build());
    }

    /** A feed on a given {@link HttpClient} (for a proxy or TLS setup). */
    public BinanceTickerFeed(BinanceSettings settings, HttpClient client) {
        this(settings, client, () -> ThreadLocalRandom.current().nextDouble());
    }

    BinanceTickerFeed(BinanceSettings settings, HttpClient client, DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings").stream();
        this.client = Objects.requireNonNull(client, "client");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code symbols} is empty
     */
    @Override
    public Connection connect(Set<Symbol> symbols, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        if (symbols == null || symbols.isEmpty()) {
            throw new IllegalArgumentException("no symbols to stream");
        }
        FeedConnection connection = new FeedConnection(partition(symbols, settings.symbolsPerConnection()), listener);
        connection.start();
        return connection;
    }

    /** The symbols in name order, cut into groups of at most {@code perConnection}. */
    static List<List<Symbol>> partition(Set<Symbol> symbols, int perConnection) {
        List<Symbol> sorted = symbols.stream().sorted(Comparator.comparing(Symbol::value)).toList();
        List<List<Symbol>> groups = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += perConnection) {
            groups.add(sorted.subList(from, Math.min(sorted.size(), from + perConnection)));
        }
        return groups;
    }

    /** {@code <wsBaseUrl>/stream?streams=a@miniTicker/a@bookTicker/b@miniTicker/...}, symbols lower-case. */
    static URI streamUri(URI wsBaseUrl, List<Symbol> symbols) {
        String base = wsBaseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String streams = symbols.stream()
                .map(symbol -> BinanceStreamParser.miniTickerStream(symbol.value()) + "/"
                        + BinanceStreamParser.bookTickerStream(symbol.value()))
                .collect(Collectors.joining("/"));
        return URI.create(base + "/stream?streams=" + streams);
    }

    /**
     * The wait before reconnect number {@code failures} (1 = first): {@code initial * 2^(failures-1)}, capped
     * at {@code max}, then "equal jitter": a random point between half of it and all of it.
     */
    static Duration backoff(int failures, Duration initial, Duration max, double random) {
        long cap = max.toMillis();
        long wait = initial.toMillis();
        for (int i = 1; i < failures && wait < cap; i++) {
            wait *= 2;
        }
        wait = Math.min(wait, cap);
        long half = wait / 2;
        return Duration.ofMillis(half + (long) (random * (wait - half)));
    }

    /** One {@link Connection}: its links (one per group of symbols), its thread and its merged state. */
    private final class FeedConnection implements Connection {

        private final int id = SEQUENCE.incrementAndGet();
        private final Listener listener;
        private final List<Link> links = new ArrayList<>();
        private final ScheduledThreadPoolExecutor executor;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final BinanceStreamParser parser = new BinanceStreamParser();
        private final BinanceTickAssembler assembler = new BinanceTickAssembler(BinancePriceSource.SOURCE);
        private final RateLimitedLog skipped = new RateLimitedLog(MALFORMED_LOG_INTERVAL);
        private final RateLimitedLog overflow = new RateLimitedLog(MALFORMED_LOG_INTERVAL);
        private final AtomicInteger backlog = new AtomicInteger();
        private Boolean reportedUp;
        private String reportedReason;

        FeedConnection(List<List<Symbol>> groups, Listener listener) {
            this.listener = listener;
            this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "binance-stream-" + id);
                thread.setDaemon(true);
                return thread;
            });
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
            executor.setRemoveOnCancelPolicy(true);
            for (int i = 0; i < groups.size(); i++) {
                links.add(new Link(i, streamUri(settings.wsBaseUrl(), groups.get(i)), groups.get(i).size()));
            }
        }

        void start() {
            run(() -> {
                report(false, "connecting to " + settings.wsBaseUrl());
                links.forEach(Link::open);
            });
            long check = Math.max(20, settings.idleTimeout().toMillis() / 4);
            executor.scheduleWithFixedDelay(() -> links.forEach(Link::checkIdle), check, check, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                executor.execute(() -> links.forEach(Link::shutDown));
            } catch (RejectedExecutionException e) {
                // already shutting down
            }
            executor.shutdown();
            if (!Thread.currentThread().getName().equals("binance-stream-" + id)) {
                try {
                    if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                        executor.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    executor.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            }
            log.info("Binance stream {} closed", id);
        }

        /** Runs {@code task} on the connection's thread; false if the connection is closed. */
        boolean run(Runnable task) {
            if (closed.get()) {
                return false;
            }
            try {
                executor.execute(() -> {
                    if (!closed.get()) {
                        task.run();
                    }
                });
                return true;
            } catch (RejectedExecutionException e) {
                return false;
            }
        }

        ScheduledFuture<?> schedule(Runnable task, Duration delay) {
            try {
                return executor.schedule(() -> {
                    if (!closed.get()) {
                        task.run();
                    }
                }, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                return null;
            }
        }

        void statusChanged(String reason) {
            report(links.stream().allMatch(link -> link.up), reason);
        }

        /** Reports a change of state, and each new reason while down (connecting, failed, backing off). */
        private void report(boolean up, String reason) {
            if (reportedUp != null && reportedUp == up && (up || reason.equals(reportedReason))) {
                return;
            }
            reportedUp = up;
            reportedReason = reason;
            try {
                listener.onStatus(up, reason);
            } catch (RuntimeException e) {
                log.warn("Ticker listener failed on a status change", e);
            }
        }

        void handle(Link link, boolean fromActive, String text) {
            StreamEvent event = parser.parse(text);
            try {
                if (event instanceof MiniTicker mini) {
                    assembler.onMiniTicker(mini.payload()).ifPresent(this::deliver);
                } else if (event instanceof BookTicker book) {
                    assembler.onBookTicker(book.payload()).ifPresent(this::deliver);
                } else if (event instanceof ServerShutdown shutdown) {
                    log.info("Binance stream {}/{} announced serverShutdown at {}; moving to a new connection", id,
                            link.index, shutdown.eventTime());
                    if (fromActive) {
                        link.rotate("serverShutdown");
                    }
                } else if (event instanceof Unrecognised unrecognised) {
                    skipped.warn(() -> "Binance stream " + id + "/" + link.index + " skipped " + unrecognised.what()
                            + " (" + text.length() + " chars)");
                } else if (event instanceof Malformed malformed) {
                    skipped.warn(() -> "Binance stream " + id + "/" + link.index + " skipped a malformed message: "
                            + malformed.why() + " (" + text.length() + " chars)");
                }
            } catch (IllegalArgumentException e) {
                skipped.warn(() -> "Binance stream " + id + "/" + link.index + " skipped a message with invalid values: "
                        + e.getMessage());
            }
        }

        private void deliver(PriceTick tick) {
            try {
                listener.onTick(tick);
            } catch (RuntimeException e) {
                log.warn("Ticker listener failed on a tick of {}", tick.symbol(), e);
            }
        }

        /**
         * One WebSocket connection's life for one group of symbols: the active socket, the one being opened
         * (first connect, reconnect or rotation) and the one being retired. Confined to the connection's thread.
         */
        private final class Link {

            final int index;
            final URI uri;
            final int symbols;
            Socket active;
            Socket pending;
            Socket draining;
            boolean up;
            int failures;
            ScheduledFuture<?> retry;
            ScheduledFuture<?> rotation;
            ScheduledFuture<?> drainEnd;

            Link(int index, URI uri, int symbols) {
                this.index = index;
                this.uri = uri;
                this.symbols = symbols;
            }

            void open() {
                if (pending != null) {
                    return;
                }
                Socket socket = new Socket(this);
                pending = socket;
                try {
                    client.newWebSocketBuilder().connectTimeout(settings.connectTimeout()).buildAsync(uri, socket)
                            .whenComplete((webSocket, error) -> {
                                if (error != null) {
                                    socket.dispatch(() -> openFailed(socket, error));
                                }
                            });
                } catch (RuntimeException e) {
                    pending = null;
                    openFailed(socket, e);
                }
            }

            void opened(Socket socket) {
                if (socket != pending) {
                    socket.abort();
                    return;
                }
                pending = null;
                failures = 0;
                Socket previous = active;
                active = socket;
                socket.lastSeen = System.nanoTime();
                if (previous != null) {
                    retire(previous);
                }
                cancel(rotation);
                rotation = schedule(() -> rotate("maximum connection age " + settings.maxConnectionAge()),
                        settings.maxConnectionAge());
                log.info("Binance stream {}/{} connected ({} symbols){}", id, index, symbols,
                        previous != null ? ", replacing the previous connection" : "");
                up = true;
                statusChanged("connected to " + settings.wsBaseUrl());
            }

            /** Keeps reading {@code old} for {@code rotationOverlap}, then closes it. */
            private void retire(Socket old) {
                if (draining != null) {
                    draining.closeGracefully();
                }
                cancel(drainEnd);
                draining = old;
                drainEnd = schedule(() -> {
                    if (draining == old) {
                        draining = null;
                        old.closeGracefully();
                    }
                }, settings.rotationOverlap());
            }

            void rotate(String why) {
                if (pending != null || active == null) {
                    return;
                }
                log.info("Binance stream {}/{}: opening a new connection ({})", id, index, why);
                open();
            }

            void message(Socket socket, String text) {
                if (socket != active && socket != draining) {
                    return;
                }
                socket.lastSeen = System.nanoTime();
                handle(this, socket == active, text);
            }

            void alive(Socket socket) {
                if (socket == active || socket == draining) {
                    socket.lastSeen = System.nanoTime();
                }
            }

            void failed(Socket socket, String reason) {
                socket.abort();
                if (socket == draining) {
                    draining = null;
                    cancel(drainEnd);
                    return;
                }
                if (socket == pending) {
                    openFailed(socket, new IllegalStateException(reason));
                    return;
                }
                if (socket != active) {
                    return;
                }
                active = null;
                cancel(rotation);
                if (draining != null) {
                    draining.abort();
                    draining = null;
                    cancel(drainEnd);
                }
                log.warn("Binance stream {}/{} lost: {}", id, index, reason);
                up = false;
                statusChanged(reason);
                if (pending == null) {
                    reconnectLater(Duration.ZERO);
                }
            }

            void openFailed(Socket socket, Throwable error) {
                if (socket != pending) {
                    return;
                }
                pending = null;
                socket.abort();
                Throwable cause = unwrap(error);
                String reason = describe(cause);
                Duration floor = retryAfter(cause).orElse(Duration.ZERO);
                if (active != null) {
                    log.warn("Binance stream {}/{}: replacement connection failed ({}); the current one stays", id,
                            index, reason);
                    failures++;
                    cancel(rotation);
                    rotation = schedule(() -> rotate("retrying the replacement"), max(floor, nextBackoff()));
                    return;
                }
                log.warn("Binance stream {}/{} could not connect: {}", id, index, reason);
                up = false;
                statusChanged(reason);
                reconnectLater(floor);
            }

            private void reconnectLater(Duration floor) {
                failures++;
                Duration wait = max(floor, nextBackoff());
                cancel(retry);
                retry = schedule(() -> {
                    retry = null;
                    if (active == null) {
                        open();
                    }
                }, wait);
                log.info("Binance stream {}/{}: reconnecting in {} ms (failure {})", id, index, wait.toMillis(),
                        failures);
            }

            private Duration nextBackoff() {
                return backoff(Math.max(1, failures), settings.initialBackoff(), settings.maxBackoff(),
                        random.getAsDouble());
            }

            void checkIdle() {
                Socket socket = active;
                if (socket != null && System.nanoTime() - socket.lastSeen > settings.idleTimeout().toNanos()) {
                    failed(socket, "no message or ping for " + settings.idleTimeout().toMillis() + " ms");
                }
            }

            void shutDown() {
                cancel(retry);
                cancel(rotation);
                cancel(drainEnd);
                for (Socket socket : new Socket[] {active, draining}) {
                    if (socket != null) {
                        socket.closeGracefully();
                    }
                }
                if (pending != null) {
                    pending.abort();
                }
                active = null;
                draining = null;
                pending = null;
                up = false;
            }
        }

        /** One JDK WebSocket and its listener; the JDK calls it one event at a time. */
        private final class Socket implements WebSocket.Listener {

            final Link link;
            volatile WebSocket webSocket;
            volatile boolean aborted;
            long lastSeen;
            private final StringBuilder partial = new StringBuilder();

            Socket(Link link) {
                this.link = link;
            }

            void dispatch(Runnable task) {
                if (!run(task)) {
                    abort();
                }
            }

            @Override
            public void onOpen(WebSocket webSocket) {
                this.webSocket = webSocket;
                if (aborted) {
                    webSocket.abort();
                    return;
                }
                // Demand is renewed here, on the JDK's thread, as each message arrives (its handling is queued
                // on the connection's thread, in order): a request() from another thread can race with the end
                // of the stream on JDK 17 and lose it, leaving a dropped connection unnoticed until idleTimeout.
                webSocket.request(1);
                dispatch(() -> link.opened(this));
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (partial.length() > MAX_MESSAGE_CHARS) {
                    partial.setLength(0);
                    dispatch(() -> link.failed(this, "a message longer than " + MAX_MESSAGE_CHARS + " characters"));
                    return null;
                }
                if (!last) {
                    webSocket.request(1);
                    return null;
                }
                String text = partial.toString();
                partial.setLength(0);
                webSocket.request(1);
                if (backlog.incrementAndGet() > MAX_BACKLOG) {
                    backlog.decrementAndGet();
                    overflow.warn(() -> "Binance stream " + id + ": " + MAX_BACKLOG
                            + " messages waiting for the listener; dropping new ones (the listener must not block)");
                    return null;
                }
                dispatch(() -> {
                    backlog.decrementAndGet();
                    link.message(this, text);
                });
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
                webSocket.request(1);
                dispatch(() -> link.alive(this));
                return null;
            }

            @Override
            public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
                // the JDK client has already queued the pong
                webSocket.request(1);
                dispatch(() -> link.alive(this));
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
                webSocket.request(1);
                dispatch(() -> link.alive(this));
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                log.debug("Binance stream {}/{}: close {} received", id, link.index, statusCode);
                String why = statusCode == 1006 ? "connection lost without a close frame (1006)"
                        : "closed by the server (" + statusCode
                                + (reason == null || reason.isEmpty() ? "" : " " + shorten(reason)) + ")";
                dispatch(() -> link.failed(this, why));
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                log.debug("Binance stream {}/{}: error {}", id, link.index, error.toString());
                dispatch(() -> link.failed(this, describe(error)));
            }

            void closeGracefully() {
                aborted = true;
                WebSocket ws = webSocket;
                if (ws == null) {
                    return;
                }
                try {
                    ws.sendClose(WebSocket.NORMAL_CLOSURE, "")
                            .orTimeout(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)
                            .whenComplete((ignored, error) -> ws.abort());
                } catch (RuntimeException e) {
                    ws.abort();
                }
            }

            void abort() {
                aborted = true;
                WebSocket ws = webSocket;
                if (ws != null) {
                    ws.abort();
                }
            }
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof WebSocketHandshakeException handshake) {
            return "handshake refused with HTTP " + handshake.getResponse().statusCode();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + shorten(message));
    }

    /** The {@code Retry-After} of a refused handshake (seconds or HTTP-date), if it has one, capped at an hour. */
    private static Optional<Duration> retryAfter(Throwable cause) {
        if (!(cause instanceof WebSocketHandshakeException handshake)) {
            return Optional.empty();
        }
        return handshake.getResponse().headers().firstValue("Retry-After")
                .flatMap(value -> BinanceHttp.retryAfter(value, java.time.Instant.now()))
                .map(wait -> wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait);
    }

    private static String shorten(String text) {
        String cut = text.length() > 120 ? text.substring(0, 120) + "..." : text;
        return cut.replaceAll("[\\r\\n\\t]", " ");
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    /** Logs at most one warning per interval, saying how many were held back in between. */
    static final class RateLimitedLog {

        private final long intervalNanos;
        private long lastLogged;
        private boolean logged;
        private int suppressed;

        RateLimitedLog(Duration interval) {
            this.intervalNanos = interval.toNanos();
        }

        synchronized void warn(java.util.function.Supplier<String> message) {
            long now = System.nanoTime();
            if (logged && now - lastLogged < intervalNanos) {
                suppressed++;
                return;
            }
            String held = suppressed > 0 ? " (" + suppressed + " similar messages not logged)" : "";
            logged = true;
            lastLogged = now;
            suppressed = 0;
            log.warn("{}{}", message.get(), held);
        }
    }
}

package dev.tradedesk.adapter.binance.replay;

import dev.tradedesk.adapter.binance.market.BinanceBookTicker;
import dev.tradedesk.adapter.binance.market.BinanceMiniTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.BookTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.MiniTicker;
import dev.tradedesk.adapter.binance.market.BinanceTickAssembler;
import dev.tradedesk.adapter.binance.replay.ReplayMarket.Entry;
import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TickerFeed} playing a {@link ReplayMarket} in a loop, forever, at the recording's own pace: it
 * starts at the clock's current position in the loop with the current state of every subscribed symbol,
 * then delivers each recorded message of those symbols when its time comes, merged by the live path's
 * {@link BinanceTickAssembler} and stamped with the clock's current time. The status is up from the
 * start. Each connection has one thread ({@code replay-ticker-N}), ended by {@link Connection#close()}.
 */
public class ReplayTickerFeed implements TickerFeed {

    private static final Logger log = LoggerFactory.getLogger(ReplayTickerFeed.class);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ReplayMarket market;
    private final Clock clock;

    /** On the bundled recording. */
    public ReplayTickerFeed(Clock clock) {
        this(ReplayMarket.bundled(), clock);
    }

    public ReplayTickerFeed(ReplayMarket market, Clock clock) {
        this.market = Objects.requireNonNull(market, "market");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Connection connect(Set<Symbol> symbols, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        Set<Symbol> wanted = Set.copyOf(symbols);
        Set<String> names = wanted.stream().map(Symbol::value).collect(Collectors.toSet());
        List<Entry> entries = market.timeline().stream().filter(entry -> names.contains(entry.symbol())).toList();
        ReplayConnection connection = new ReplayConnection(wanted, entries, listener);
        connection.start();
        return connection;
    }

    private final class ReplayConnection implements Connection {

        private final int id = SEQUENCE.incrementAndGet();
        private final Set<Symbol> symbols;
        private final List<Entry> entries;
        private final Listener listener;
        private final ScheduledThreadPoolExecutor executor;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final BinanceTickAssembler assembler = new BinanceTickAssembler(ReplayMarket.SOURCE);
        private final long loopNanos = market.loopLength().toNanos();
        private long sequence;
        private long startNanos;
        private long startPosition;

        ReplayConnection(Set<Symbol> symbols, List<Entry> entries, Listener listener) {
            this.symbols = symbols;
            this.entries = entries;
            this.listener = listener;
            this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "replay-ticker-" + id);
                thread.setDaemon(true);
                return thread;
            });
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }

        void start() {
            executor.execute(() -> {
                startNanos = System.nanoTime();
                startPosition = market.position(clock.instant());
                status(true, "replaying " + entries.size() + " recorded messages, " + market.loopLength().toMillis()
                        + " ms per loop");
                // every subscribed symbol's current state first, then the recording from here on
                for (Symbol symbol : symbols) {
                    market.stateAt(symbol, startPosition).ifPresent(state -> {
                        if (state.book() != null) {
                            play(state.book());
                        }
                        play(state.mini());
                    });
                }
                if (!entries.isEmpty()) {
                    int first = 0;
                    while (first < entries.size() && entries.get(first).offset() <= startPosition) {
                        first++;
                    }
                    schedule(first % entries.size(), first == entries.size() ? 1 : 0);
                }
            });
        }

        /** Plays entry {@code index} of pass {@code loop} (pass 0 is the one the connection started in). */
        private void schedule(int index, long loop) {
            Entry entry = entries.get(index);
            long due = startNanos + loop * loopNanos + TimeUnit.MILLISECONDS.toNanos(entry.offset() - startPosition);
            try {
                executor.schedule(() -> {
                    if (closed.get()) {
                        return;
                    }
                    play(entry);
                    int next = index + 1;
                    if (next == entries.size()) {
                        schedule(0, loop + 1);
                    } else {
                        schedule(next, loop);
                    }
                }, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // closed
            }
        }

        private void play(Entry entry) {
            if (entry.event() instanceof MiniTicker mini) {
                play(mini.payload());
            } else if (entry.event() instanceof BookTicker book) {
                play(book.payload());
            }
        }

        // each message gets a new event time (or update id), so every pass plays again: the assembler
        // drops what is not newer than what it has seen

        private void play(BinanceMiniTicker m) {
            deliver(assembler.onMiniTicker(new BinanceMiniTicker(m.eventType(), ++sequence, m.symbol(), m.closePrice(),
                    m.openPrice(), m.highPrice(), m.lowPrice(), m.baseVolume(), m.quoteVolume())));
        }

        private void play(BinanceBookTicker b) {
            deliver(assembler.onBookTicker(new BinanceBookTicker(++sequence, b.symbol(), b.bidPrice(), b.bidQty(),
                    b.askPrice(), b.askQty())));
        }

        private void deliver(Optional<PriceTick> tick) {
            tick.map(value -> ReplayMarket.restamp(value, clock.instant())).ifPresent(this::deliver);
        }

        private void deliver(PriceTick tick) {
            try {
                listener.onTick(tick);
            } catch (RuntimeException e) {
                log.warn("Ticker listener failed on a replayed tick of {}", tick.symbol(), e);
            }
        }

        private void status(boolean up, String reason) {
            try {
                listener.onStatus(up, reason);
            } catch (RuntimeException e) {
                log.warn("Ticker listener failed on a status change", e);
            }
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            executor.shutdownNow();
            if (!Thread.currentThread().getName().equals("replay-ticker-" + id)) {
                try {
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}

package dev.tradedesk.application.market;

import dev.tradedesk.application.market.port.out.TickerFeed;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A live stream driven by the test: {@link #emit} delivers a tick to every open connection following
 * its symbol, {@link #status} reports the stream up or down. It counts open connections, as the fake
 * Binance server does, so a test can show only one exists in a cluster.
 */
public final class InMemoryTickerFeed implements TickerFeed {

    /** One open connection. */
    public final class FeedConnection implements Connection {

        private final Set<Symbol> symbols;
        private final Listener listener;
        private volatile boolean open = true;

        private FeedConnection(Set<Symbol> symbols, Listener listener) {
            this.symbols = Set.copyOf(symbols);
            this.listener = listener;
        }

        public Set<Symbol> symbols() {
            return symbols;
        }

        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            connections.remove(this);
        }
    }

    private final List<FeedConnection> connections = new CopyOnWriteArrayList<>();
    private volatile int connectionsMade;

    @Override
    public Connection connect(Set<Symbol> symbols, Listener listener) {
        FeedConnection connection = new FeedConnection(symbols, listener);
        connections.add(connection);
        connectionsMade++;
        return connection;
    }

    public void emit(PriceTick tick) {
        connections.stream().filter(c -> c.symbols.contains(tick.symbol())).forEach(c -> c.listener.onTick(tick));
    }

    public void status(boolean up, String reason) {
        connections.forEach(c -> c.listener.onStatus(up, reason));
    }

    public List<FeedConnection> openConnections() {
        return List.copyOf(connections);
    }

    public int connectionsMade() {
        return connectionsMade;
    }
}

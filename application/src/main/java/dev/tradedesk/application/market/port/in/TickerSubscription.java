package dev.tradedesk.application.market.port.in;

/** A listener registered with {@link MarketQuery#watch}; closing it unregisters the listener. */
public interface TickerSubscription extends AutoCloseable {

    @Override
    void close();
}

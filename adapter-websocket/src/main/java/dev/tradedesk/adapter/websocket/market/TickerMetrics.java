package dev.tradedesk.adapter.websocket.market;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The live ticker's meters ({@code tradedesk.ticker.*}): open connections, subscriptions, messages
 * sent, updates conflated (replaced before they were sent), subscribers dropped (by reason) and the
 * latency from a tick's arrival on this node to the end of its send to one subscriber.
 */
public final class TickerMetrics {

    private final MeterRegistry registry;
    private final Counter sent;
    private final Counter conflated;
    private final Timer latency;
    private final Map<String, Counter> dropped = new ConcurrentHashMap<>();

    public TickerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sent = Counter.builder("tradedesk.ticker.messages.sent")
                .description("Messages sent to ticker subscribers").register(registry);
        this.conflated = Counter.builder("tradedesk.ticker.updates.conflated")
                .description("Ticker updates replaced by a newer one of the same symbol before they were sent")
                .register(registry);
        this.latency = Timer.builder("tradedesk.ticker.tick.latency")
                .description("From a tick's arrival on this node to the end of its send to one subscriber")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    void bindGauges(Supplier<Number> connections, Supplier<Number> subscriptions) {
        Gauge.builder("tradedesk.ticker.connections", connections)
                .description("Open ticker connections").register(registry);
        Gauge.builder("tradedesk.ticker.subscriptions", subscriptions)
                .description("Symbols followed, summed over the open connections").register(registry);
    }

    void sent() {
        sent.increment();
    }

    void conflated() {
        conflated.increment();
    }

    void tickDelivered(long receivedNanos, long nowNanos) {
        latency.record(nowNanos - receivedNanos, TimeUnit.NANOSECONDS);
    }

    void dropped(CloseCause cause) {
        dropped.computeIfAbsent(cause.tag(), tag -> Counter.builder("tradedesk.ticker.subscribers.dropped")
                .description("Connections the server closed, by reason").tag("reason", tag).register(registry))
                .increment();
    }
}

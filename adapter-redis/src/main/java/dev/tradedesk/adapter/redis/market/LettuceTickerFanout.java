package dev.tradedesk.adapter.redis.market;

import dev.tradedesk.adapter.redis.common.RedisCalls;
import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.adapter.redis.common.ThrottledLog;
import dev.tradedesk.application.market.port.out.FanoutUnavailableException;
import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.domain.market.PriceTick;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks over Redis pub/sub on one channel per key prefix, {@code <prefix>market:ticks}; a message is
 * one tick in {@link PriceTickCodec}'s form, exact decimals included.
 *
 * <p>Publishing goes over the node's shared connection and waits for Redis to take the message (not
 * for the receivers), at most {@code publishTimeout}; a connection known to be down fails at once.
 * Either way the caller gets a {@link FanoutUnavailableException}. A tick refused because the
 * connection is down is never sent later; one whose reply timed out may already be on the wire and
 * still reach the receivers when Redis recovers, after newer ones: a receiver that must never go
 * back in time compares {@code asOf}.
 *
 * <p>Receiving uses one pub/sub connection per instance, opened by the first {@link #subscribe}; all
 * listeners share it. Listeners are called on Lettuce's event-loop thread, in the order ticks arrive:
 * they must hand the tick on and return (no I/O, no locks held long), or they hold up every tick
 * behind them, and every other pub/sub message of this connection, while Redis's output buffer for
 * this subscriber grows until Redis drops it. A listener that throws is logged and
 * skipped. Lettuce reconnects and resubscribes by itself after an outage (ticks published meanwhile are
 * lost, as the port allows); if Redis is unreachable when the first listener subscribes, subscribing is
 * retried in the background every two seconds. Closing the last subscription keeps the connection;
 * {@link #close()} ends it.
 *
 * <p>Redis Cluster: PUBLISH reaches subscribers on every node of a cluster, so the channel needs no hash
 * tag (sharded pub/sub would need a cluster-aware client, which {@link RedisConnections} is not).
 */
public final class LettuceTickerFanout implements TickerFanout, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LettuceTickerFanout.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final RedisConnections redis;
    private final Duration publishTimeout;
    private final String channel;
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final ThrottledLog receiveWarnings = new ThrottledLog(log, Duration.ofMinutes(1));
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ticker-fanout-subscriber");
        thread.setDaemon(true);
        return thread;
    });
    private StatefulRedisPubSubConnection<String, String> subscription; // guarded by this
    private boolean retrying; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param publishTimeout the longest {@link #publish} waits for Redis to take a tick (e.g. 200 ms)
     */
    public LettuceTickerFanout(RedisConnections redis, Duration publishTimeout) {
        this.redis = Objects.requireNonNull(redis, "redis");
        if (publishTimeout.isNegative() || publishTimeout.isZero()) {
            throw new IllegalArgumentException("publishTimeout must be positive");
        }
        this.publishTimeout = publishTimeout;
        this.channel = redis.key("market:ticks");
    }

    @Override
    public void publish(PriceTick tick) {
        String message = PriceTickCodec.encode(tick);
        try {
            RedisCalls.await(RedisCalls.openCommands(redis).publish(channel, message), publishTimeout);
        } catch (RuntimeException e) {
            throw new FanoutUnavailableException("Redis did not take the tick: " + e.getMessage(), e);
        }
    }

    /**
     * Registers {@code listener}; when Redis is reachable, the channel is subscribed before this returns,
     * so every tick published afterwards reaches it.
     */
    @Override
    public Subscription subscribe(Consumer<PriceTick> listener) {
        Registration registration = new Registration(Objects.requireNonNull(listener, "listener"));
        listeners.add(registration);
        ensureSubscribed();
        return () -> listeners.remove(registration);
    }

    private synchronized void ensureSubscribed() {
        if (closed || subscription != null || retrying) {
            return;
        }
        StatefulRedisPubSubConnection<String, String> connection = null;
        try {
            connection = redis.client().connectPubSub();
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    if (channel.equals(from)) {
                        deliver(message);
                    }
                }

                @Override
                public void subscribed(String to, long count) {
                    if (channel.equals(to)) {
                        log.info("subscribed to ticks on {}", to);
                    }
                }
            });
            connection.sync().subscribe(channel);
            subscription = connection;
        } catch (RuntimeException e) {
            if (connection != null) {
                connection.closeAsync();
            }
            log.warn("cannot subscribe to ticks over Redis ({}); retrying every {} s", e.toString(),
                    RETRY.toSeconds());
            retrying = true;
            retries.schedule(this::retrySubscribe, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void retrySubscribe() {
        synchronized (this) {
            retrying = false;
        }
        ensureSubscribed();
    }

    private void deliver(String message) {
        PriceTick tick;
        try {
            tick = PriceTickCodec.decode(message);
        } catch (IllegalArgumentException e) {
            receiveWarnings.warn("ignoring an unreadable tick message on {}: {}", channel, e.getMessage());
            return;
        }
        for (Registration registration : listeners) {
            try {
                registration.listener().accept(tick);
            } catch (RuntimeException e) {
                receiveWarnings.warn("a tick listener failed on {}: {}", tick.symbol(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        StatefulRedisPubSubConnection<String, String> current;
        synchronized (this) {
            closed = true;
            current = subscription;
            subscription = null;
        }
        retries.shutdownNow();
        listeners.clear();
        if (current != null) {
            current.close();
        }
    }

    /** One {@link #subscribe} call: closing removes exactly it (identity), even if a listener subscribed twice. */
    private static final class Registration {

        private final Consumer<PriceTick> listener;

        Registration(Consumer<PriceTick> listener) {
            this.listener = listener;
        }

        Consumer<PriceTick> listener() {
            return listener;
        }
    }
}

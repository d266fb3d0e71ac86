package dev.tradedesk.adapter.redis.common;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pub/sub channel (under the key prefix): publishing over the shared connection, best effort, and a
 * subscription on a connection of its own for as long as the node runs. If Redis is unreachable at start,
 * subscribing is retried in the background; after an outage Lettuce reconnects and resubscribes by
 * itself. The listener hears of every (re)subscription and of every loss of the subscription's
 * connection, because messages published in between never reach it.
 */
public final class RedisChannel implements AutoCloseable {

    /** What the subscriber is told. */
    public interface Listener {

        void message(String message);

        /** The subscription is (again) in place: messages flow from now on. */
        void subscribed();

        /** The subscription's connection is lost: messages are missed until {@link #subscribed()}. */
        void lost();
    }

    private static final Logger log = LoggerFactory.getLogger(RedisChannel.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final RedisConnections redis;
    private final String channel;
    private final String what;
    private final ScheduledExecutorService retries;
    private volatile StatefulRedisPubSubConnection<String, String> subscription;

    /**
     * @param name the channel's name under the key prefix
     * @param what what travels on it, for the log ("revocations")
     */
    public RedisChannel(RedisConnections redis, String name, String what) {
        this.redis = redis;
        this.channel = redis.key(name);
        this.what = what;
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-subscriber");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Publishes without waiting; a failure is logged, never thrown. */
    public void publish(String message) {
        try {
            redis.connection().async().publish(channel, message).exceptionally(e -> {
                log.warn("could not announce {} over Redis: {}", what, e.toString());
                return 0L;
            });
        } catch (RuntimeException e) {
            log.warn("could not announce {} over Redis: {}", what, e.toString());
        }
    }

    /** Subscribes in the background; {@code listener} is called on Lettuce's threads. */
    public void subscribe(Listener listener) {
        redis.client().addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (connection == subscription) {
                    log.warn("lost the subscription to {} on {}", what, channel);
                    listener.lost();
                }
            }
        });
        retries.execute(() -> connect(listener));
    }

    private void connect(Listener listener) {
        StatefulRedisPubSubConnection<String, String> connection = null;
        try {
            connection = redis.client().connectPubSub();
            subscription = connection;
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    if (channel.equals(from)) {
                        listener.message(message);
                    }
                }

                @Override
                public void subscribed(String to, long count) {
                    if (channel.equals(to)) {
                        log.info("subscribed to {} on {}", what, to);
                        listener.subscribed();
                    }
                }
            });
            connection.sync().subscribe(channel);
        } catch (RuntimeException e) {
            if (connection != null) {
                subscription = null;
                connection.close();
            }
            log.warn("cannot subscribe to {} over Redis ({}); retrying in {} s", what, e.toString(), RETRY.toSeconds());
            retries.schedule(() -> connect(listener), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
        StatefulRedisPubSubConnection<String, String> current = subscription;
        if (current != null) {
            current.close();
        }
    }
}

package dev.tradedesk.adapter.redis.common;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Objects;

/**
 * The node's Lettuce client and its one shared, thread-safe connection (Lettuce multiplexes commands
 * from every thread over it), with the key prefix that keeps TradeDesk's keys apart from anybody
 * else's in the same Redis. Every Redis adapter builds its keys through {@link #key(String)}.
 */
public final class RedisConnections implements AutoCloseable {

    /** After a failed first connect, callers fail at once for this long instead of each waiting to connect. */
    private static final Duration CONNECT_BACKOFF = Duration.ofSeconds(1);

    private final RedisClient client;
    private final String keyPrefix;
    private final long connectBackoffNanos;
    private volatile StatefulRedisConnection<String, String> connection;
    private long nextConnectAt = System.nanoTime();

    public RedisConnections(String url, String keyPrefix, Duration commandTimeout) {
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.connectBackoffNanos = CONNECT_BACKOFF.toNanos();
        RedisURI uri = RedisURI.create(url);
        // Lettuce waits this long for the connect handshake (HELLO/AUTH/PING): 60 s unless set, which a
        // server that accepts connections but never answers would otherwise cost every first caller.
        uri.setTimeout(commandTimeout);
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
    }

    /**
     * The shared connection, opened on first use and re-established by Lettuce after an outage. While
     * Redis cannot be reached for the first connect, a failed attempt is not repeated for a second:
     * calls in between fail at once ({@link RedisConnectionException}) rather than each waiting for the
     * connect timeout.
     */
    public StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (this) {
                if (connection == null) {
                    if (System.nanoTime() - nextConnectAt < 0) {
                        throw new RedisConnectionException("Redis was unreachable moments ago; not retrying yet");
                    }
                    try {
                        connection = client.connect();
                    } catch (RuntimeException e) {
                        nextConnectAt = System.nanoTime() + connectBackoffNanos;
                        throw e;
                    }
                }
                current = connection;
            }
        }
        return current;
    }

    public String key(String name) {
        return keyPrefix + name;
    }

    /** Round trip to Redis; throws when it cannot be reached in time. */
    public String ping() {
        return connection().sync().ping();
    }

    public RedisClient client() {
        return client;
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            current.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}

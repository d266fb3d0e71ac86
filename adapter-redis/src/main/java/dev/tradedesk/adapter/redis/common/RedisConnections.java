package dev.tradedesk.adapter.redis.common;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
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

    private final RedisClient client;
    private final String keyPrefix;
    private volatile StatefulRedisConnection<String, String> connection;

    public RedisConnections(String url, String keyPrefix, Duration commandTimeout) {
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.client = RedisClient.create(RedisURI.create(url));
        this.client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
    }

    /** The shared connection, opened on first use and re-established by Lettuce after an outage. */
    public StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (this) {
                if (connection == null) {
                    connection = client.connect();
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

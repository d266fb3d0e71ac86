package dev.tradedesk.adapter.redis.common;

import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Redis calls that never keep a caller waiting longer than it chose: commands go out only over a
 * connection that is up right now (nothing is queued for after a reconnect), and a reply that takes
 * longer than the timeout is given up on and its command cancelled. Every failure is a
 * {@link RedisException}.
 */
public final class RedisCalls {

    private RedisCalls() {
    }

    /** Async commands on the shared connection, or a {@link RedisConnectionException} at once when it is down. */
    public static RedisAsyncCommands<String, String> openCommands(RedisConnections redis) {
        StatefulRedisConnection<String, String> connection = redis.connection();
        if (!connection.isOpen()) {
            throw new RedisConnectionException("the Redis connection is down");
        }
        return connection.async();
    }

    /** The reply, waiting at most {@code timeout}; on timeout the command is cancelled (never sent late). */
    public static <T> T await(RedisFuture<T> reply, Duration timeout) {
        try {
            return reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            throw new RedisCommandTimeoutException("no reply from Redis within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw new RedisCommandInterruptedException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RedisException redisException) {
                throw redisException;
            }
            throw new RedisException(cause);
        }
    }
}

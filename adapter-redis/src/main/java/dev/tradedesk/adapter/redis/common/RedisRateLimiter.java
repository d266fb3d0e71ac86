package dev.tradedesk.adapter.redis.common;

import dev.tradedesk.application.common.port.out.RateLimiter;
import dev.tradedesk.application.common.port.out.RateLimiterUnavailableException;
import dev.tradedesk.application.common.port.out.ThrottlePolicy;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RateLimiter} shared by every node: one Redis hash per key, under the node's key prefix,
 * changed only by Lua scripts ({@code rate-limit-acquire.lua}, {@code rate-limit-release.lua}), so
 * that checking and counting every key of an attempt is one atomic step however many nodes and
 * threads race. Scripts run by digest (EVALSHA) and are sent whole only when Redis does not know them.
 *
 * <p>Times come from this node's clock, read just before the script is sent (nodes' clocks must agree
 * to within what the delays tolerate: NTP does). A caller whose reading is behind the one that set a
 * wait is told that much longer a wait, which errs on the safe side. Redis expires a hash once it is
 * forgotten. Anything that keeps Redis from
 * answering, including a connection that is down right now (no command is queued for later), is a
 * {@link RateLimiterUnavailableException}.
 */
public final class RedisRateLimiter implements RateLimiter {

    private static final LuaScript ACQUIRE = LuaScript.load(RedisRateLimiter.class, "rate-limit-acquire.lua");
    private static final LuaScript RELEASE = LuaScript.load(RedisRateLimiter.class, "rate-limit-release.lua");

    private final RedisConnections redis;
    private final Clock clock;

    public RedisRateLimiter(RedisConnections redis, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Duration> tryAcquire(List<Limit> limits) {
        RateLimiter.requireDistinctKeys(limits);
        String[] keys = new String[limits.size()];
        List<String> args = new ArrayList<>(1 + 4 * limits.size());
        args.add(Long.toString(clock.millis()));
        for (int i = 0; i < limits.size(); i++) {
            Limit limit = limits.get(i);
            ThrottlePolicy policy = limit.policy();
            keys[i] = redis.key(limit.key());
            args.add(Integer.toString(policy.freeAttempts()));
            args.add(Long.toString(policy.baseDelay().toMillis()));
            args.add(Long.toString(policy.maxDelay().toMillis()));
            args.add(Long.toString(policy.window().toMillis()));
        }
        long wait = run(ACQUIRE, keys, args.toArray(String[]::new));
        return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
    }

    @Override
    public void release(Limit limit) {
        run(RELEASE, new String[] {redis.key(limit.key())},
                Long.toString(clock.millis()), Integer.toString(limit.policy().freeAttempts()));
    }

    @Override
    public void reset(String key) {
        try {
            commands().del(redis.key(key));
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    private long run(LuaScript script, String[] keys, String... args) {
        try {
            Long result = script.run(commands(), ScriptOutputType.INTEGER, keys, args);
            return result;
        } catch (RedisException e) {
            throw unavailable(e);
        }
    }

    /** The shared connection, or failure at once when it is down: nothing waits for a reconnect. */
    private RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> connection = redis.connection();
        if (!connection.isOpen()) {
            throw new RateLimiterUnavailableException("the Redis connection is down", null);
        }
        return connection.sync();
    }

    private static RateLimiterUnavailableException unavailable(RedisException e) {
        return new RateLimiterUnavailableException("Redis did not answer: " + e.getMessage(), e);
    }
}

package dev.tradedesk.adapter.redis.common;

import dev.tradedesk.application.common.port.out.Leases;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases as Redis strings, {@code <prefix>lease:<name>} holding the holder's name, expired by Redis
 * itself: taking a free lease is {@code SET NX PX}; extending it ({@code lease-extend.lua}) and giving it
 * up ({@code lease-release.lua}) compare the holder and act in one atomic step, so a holder whose lease
 * ran out and passed to another node can neither extend nor delete the new holder's lease. Time is
 * Redis's clock alone, so the nodes' clocks do not matter.
 *
 * <p>When Redis cannot be reached or does not answer within {@code timeout}, {@link #acquire} answers
 * {@code false} and {@link #holder} empty, as the port requires; {@link #release} does nothing (the lease
 * runs out by itself). Such failures are logged at most once a minute.
 *
 * <p>Redis Cluster: every command and script touches the one key of its lease.
 */
public final class RedisLeases implements Leases {

    private static final Logger log = LoggerFactory.getLogger(RedisLeases.class);
    private static final LuaScript EXTEND = LuaScript.load(RedisLeases.class, "lease-extend.lua");
    private static final LuaScript RELEASE = LuaScript.load(RedisLeases.class, "lease-release.lua");

    private final RedisConnections redis;
    private final Duration timeout;
    private final ThrottledLog warnings = new ThrottledLog(log, Duration.ofMinutes(1));

    /** @param timeout the longest a caller waits for Redis per round trip (e.g. 500 ms) */
    public RedisLeases(RedisConnections redis, Duration timeout) {
        this.redis = Objects.requireNonNull(redis, "redis");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.timeout = timeout;
    }

    @Override
    public boolean acquire(String name, String holder, Duration ttl) {
        Objects.requireNonNull(holder, "holder");
        long ttlMillis = ttl.toMillis();
        if (ttlMillis < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms: " + ttl);
        }
        String key = key(name);
        try {
            var commands = RedisCalls.openCommands(redis);
            if ("OK".equals(RedisCalls.await(commands.set(key, holder, SetArgs.Builder.nx().px(ttlMillis)), timeout))) {
                return true;
            }
            Long extended = EXTEND.run(commands, timeout, ScriptOutputType.INTEGER, new String[] {key}, holder,
                    Long.toString(ttlMillis));
            return extended == 1L;
        } catch (RuntimeException e) {
            warnings.warn("cannot take or extend lease {} for {}; answering no: {}", name, holder, e.toString());
            return false;
        }
    }

    @Override
    public void release(String name, String holder) {
        Objects.requireNonNull(holder, "holder");
        try {
            RELEASE.run(RedisCalls.openCommands(redis), timeout, ScriptOutputType.INTEGER,
                    new String[] {key(name)}, holder);
        } catch (RuntimeException e) {
            warnings.warn("cannot release lease {} of {}; it runs out by itself: {}", name, holder, e.toString());
        }
    }

    @Override
    public Optional<String> holder(String name) {
        try {
            return Optional.ofNullable(RedisCalls.await(RedisCalls.openCommands(redis).get(key(name)), timeout));
        } catch (RuntimeException e) {
            warnings.warn("cannot read lease {}; answering nobody: {}", name, e.toString());
            return Optional.empty();
        }
    }

    private String key(String name) {
        return redis.key("lease:" + Objects.requireNonNull(name, "name"));
    }
}

package dev.tradedesk.adapter.redis.market;

import dev.tradedesk.adapter.redis.common.LuaScript;
import dev.tradedesk.adapter.redis.common.RedisCalls;
import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.adapter.redis.common.ThrottledLog;
import dev.tradedesk.application.market.port.out.PriceCache;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest tick of each symbol in Redis: one hash per symbol, {@code <prefix>market:price:<SYMBOL>},
 * holding the tick in {@link PriceTickCodec}'s form and its {@code asOf} as numbers the
 * {@code price-cache-put.lua} script compares, so that "store unless a newer one is stored" is one
 * atomic step however many nodes write. Every write sets the time-to-live again: a symbol nobody
 * updates any more disappears by itself.
 *
 * <p>A cache, not a store: it never throws. Redis being down, slow or holding garbage makes a read a
 * miss and a write dropped, with a warning at most once a minute. No round trip waits longer than
 * {@code timeout} (a write is one round trip, two the first time a restarted Redis meets the script); a
 * connection known to be down fails at once, and a first connect is bounded by the
 * {@link RedisConnections} timeout and not retried for a second after it failed.
 *
 * <p>Redis Cluster: each command and the script touch a single key.
 */
public final class RedisPriceCache implements PriceCache {

    private static final Logger log = LoggerFactory.getLogger(RedisPriceCache.class);
    private static final LuaScript PUT = LuaScript.load(RedisPriceCache.class, "price-cache-put.lua");
    private static final String TICK = "t";

    private final RedisConnections redis;
    private final String ttlMillis;
    private final Duration timeout;
    private final ThrottledLog warnings = new ThrottledLog(log, Duration.ofMinutes(1));

    /**
     * @param ttl how long a symbol's tick is kept after its last write (e.g. 1 h)
     * @param timeout the longest a caller waits for Redis per call (e.g. 250 ms)
     */
    public RedisPriceCache(RedisConnections redis, Duration ttl, Duration timeout) {
        this.redis = Objects.requireNonNull(redis, "redis");
        if (ttl.toMillis() < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ttl must be at least 1 ms and timeout positive");
        }
        this.ttlMillis = Long.toString(ttl.toMillis());
        this.timeout = timeout;
    }

    @Override
    public void put(PriceTick tick) {
        try {
            PUT.run(RedisCalls.openCommands(redis), timeout, ScriptOutputType.INTEGER,
                    new String[] {key(tick.symbol())}, Long.toString(tick.asOf().getEpochSecond()),
                    Integer.toString(tick.asOf().getNano()), PriceTickCodec.encode(tick), ttlMillis);
        } catch (RuntimeException e) {
            warnings.warn("price cache write dropped ({} at {}): {}", tick.symbol(), tick.asOf(), e.toString());
        }
    }

    @Override
    public Optional<PriceTick> latest(Symbol symbol) {
        String stored;
        try {
            stored = RedisCalls.await(RedisCalls.openCommands(redis).hget(key(symbol), TICK), timeout);
        } catch (RuntimeException e) {
            warnings.warn("price cache read of {} missed: {}", symbol, e.toString());
            return Optional.empty();
        }
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PriceTickCodec.decode(stored));
        } catch (IllegalArgumentException e) {
            warnings.warn("price cache holds an unreadable tick for {}, treated as a miss: {}", symbol,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private String key(Symbol symbol) {
        return redis.key("market:price:" + symbol.value());
    }
}

package dev.tradedesk.adapter.redis.common;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Lua script from the resources next to its owning class, run by digest (EVALSHA) and sent whole only
 * when Redis does not know it (a fresh or restarted server).
 *
 * <p>Redis Cluster: a script may only touch the keys it is given, and they must hash to one slot. The
 * scripts of {@link RedisLeases} and the market cache each touch exactly one key, so they run on
 * Cluster as they are; a script over several keys needs them to share a hash tag ({@code {...}}).
 */
public final class LuaScript {

    private final String name;
    private final String source;
    private final String digest;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
        this.digest = sha1(source);
    }

    /** The script {@code resource}, looked up next to {@code owner} (same package). */
    public static LuaScript load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
            }
            return new LuaScript(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the script, waiting as long as the connection's command timeout allows. */
    public <T> T run(RedisCommands<String, String> commands, ScriptOutputType type, String[] keys, String... args) {
        try {
            return commands.evalsha(digest, type, keys, args);
        } catch (RedisNoScriptException e) {
            return commands.eval(source, type, keys, args);
        }
    }

    /** Runs the script, waiting at most {@code timeout} for each round trip (see {@link RedisCalls#await}). */
    public <T> T run(RedisAsyncCommands<String, String> commands, Duration timeout, ScriptOutputType type,
            String[] keys, String... args) {
        try {
            return RedisCalls.await(commands.<T>evalsha(digest, type, keys, args), timeout);
        } catch (RedisNoScriptException e) {
            return RedisCalls.await(commands.<T>eval(source, type, keys, args), timeout);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(Objects.requireNonNull(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}

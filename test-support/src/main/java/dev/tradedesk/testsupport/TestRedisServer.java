package dev.tradedesk.testsupport;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Redis server chosen for a test run (see {@link TestServers#chooseRedis}). Runs share a server and
 * keep apart by key prefix: each {@link #newKeyspace()} has its own.
 */
public final class TestRedisServer implements AutoCloseable {

    /** The start of every key prefix handed out. */
    public static final String KEY_PREFIX = "tradedesk-test:";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerSource source;
    private final String url;
    private final Runnable stop;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param url  {@code redis://[user:password@]host:port[/database]}
     * @param stop stops the server if this run started it; does nothing otherwise
     */
    TestRedisServer(ServerSource source, String url, Runnable stop) {
        this.source = source;
        this.url = url;
        this.stop = stop;
    }

    /** Where the server comes from. */
    public ServerSource source() {
        return source;
    }

    /** The server's URL, {@code redis://host:port} (with credentials and database if it has them). */
    public String url() {
        return url;
    }

    /** A fresh key prefix on this server, {@code tradedesk-test:<random hex>:}, with nothing under it yet. */
    public TestRedis newKeyspace() {
        byte[] suffix = new byte[8];
        RANDOM.nextBytes(suffix);
        return new TestRedis(this, KEY_PREFIX + HexFormat.of().formatHex(suffix) + ":");
    }

    /** Stops the server if this run started it (Testcontainers, embedded); otherwise does nothing. */
    @Override
    public void close() {
        if (!closed.getAndSet(true)) {
            stop.run();
        }
    }

    @Override
    public String toString() {
        return "TestRedisServer[" + source + ", " + TestRedis.withoutCredentials(url) + "]";
    }
}

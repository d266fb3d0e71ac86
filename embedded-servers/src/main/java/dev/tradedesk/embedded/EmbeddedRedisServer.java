package dev.tradedesk.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A Redis server run from the binary shipped in a jar (codemonstur embedded-redis, Redis 6.2), for
 * running the application with no Redis installed and for tests.
 *
 * <p>It listens on {@code 127.0.0.1} on a free port and keeps nothing on disk (no snapshots, no
 * append-only file): everything TradeDesk puts in Redis can be rebuilt. It stops on {@link #close()}
 * or at JVM shutdown.
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);
    private static final Logger redisOutput = LoggerFactory.getLogger(EmbeddedRedisServer.class.getName() + ".output");
    private static final String HOST = "127.0.0.1";
    private static final int ATTEMPTS = 3;

    private final RedisServer redis;
    private final int port;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedRedisServer(RedisServer redis, int port) {
        this.redis = redis;
        this.port = port;
    }

    /**
     * Starts Redis on a free port. A port taken by someone else between choosing it and binding it
     * makes the start fail; that is retried on another port.
     */
    public static EmbeddedRedisServer start() {
        UncheckedIOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freePort();
            try {
                return start(port);
            } catch (UncheckedIOException e) {
                failure = e;
                log.debug("Embedded Redis did not start on port {} (attempt {} of {})", port, attempt, ATTEMPTS, e);
            }
        }
        throw failure;
    }

    /** Starts Redis on the given port (to bring a stopped server back where its clients expect it). */
    public static EmbeddedRedisServer start(int port) {
        RedisServer redis = null;
        try {
            redis = RedisServer.newRedisServer()
                    .bind(HOST)
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    // drained continuously: a full pipe would stop the server
                    .soutListener(line -> redisOutput.debug("{}", line))
                    .serrListener(line -> redisOutput.warn("{}", line))
                    .build();
            redis.start();
            EmbeddedRedisServer server = new EmbeddedRedisServer(redis, port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "embedded-redis-" + port + "-stopper"));
            log.info("Started embedded Redis on {}:{}, keeping nothing on disk", HOST, port);
            return server;
        } catch (IOException e) {
            stop(redis);
            throw new UncheckedIOException("Could not start the embedded Redis on port " + port, e);
        }
    }

    /** The URL to connect to it, {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://" + HOST + ":" + port;
    }

    /** The address it listens on, {@code 127.0.0.1}. */
    public String host() {
        return HOST;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Stops the server; every key is lost. Closing again does nothing. */
    @Override
    public void close() {
        if (stopped.getAndSet(true)) {
            return;
        }
        try {
            redis.stop();
            log.info("Stopped embedded Redis on {}:{}", HOST, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded Redis on port " + port, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedRedisServer[" + url() + "]";
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            log.warn("Could not stop the embedded Redis on port {} at shutdown", port, e);
        }
    }

    private static void stop(RedisServer redis) {
        if (redis == null) {
            return;
        }
        try {
            redis.stop();
        } catch (IOException e) {
            log.debug("Could not stop a Redis that failed to start", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Found no free port for the embedded Redis", e);
        }
    }
}

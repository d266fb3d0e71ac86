package dev.tradedesk.adapter.redis.sessions;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.application.sessions.port.out.RevocationBus;
import dev.tradedesk.domain.sessions.Revocation;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revocations over Redis pub/sub, one channel per key prefix. A message is one line per revocation:
 * {@code s <session id> <expires epoch ms>} or {@code u <user id> <min version> <expires epoch ms>}.
 * Lettuce reconnects and resubscribes by itself after an outage; every (re)subscription is reported,
 * so the caller catches up on what it may have missed. If Redis is unreachable at start, subscribing
 * is retried in the background; publishing never throws (the revocation is in the log already).
 */
public final class LettuceRevocationBus implements RevocationBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LettuceRevocationBus.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final RedisConnections redis;
    private final String channel;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "revocation-bus-subscriber");
        thread.setDaemon(true);
        return thread;
    });
    private volatile StatefulRedisPubSubConnection<String, String> subscription;

    public LettuceRevocationBus(RedisConnections redis) {
        this.redis = redis;
        this.channel = redis.key("revocations");
    }

    @Override
    public void publish(List<Revocation> revocations) {
        if (revocations.isEmpty()) {
            return;
        }
        try {
            redis.connection().async().publish(channel, encode(revocations))
                    .exceptionally(e -> {
                        log.warn("could not announce {} revocation(s) over Redis: {}; other nodes catch up from"
                                + " the database", revocations.size(), e.toString());
                        return 0L;
                    });
        } catch (RuntimeException e) {
            log.warn("could not announce {} revocation(s) over Redis: {}; other nodes catch up from the database",
                    revocations.size(), e.toString());
        }
    }

    @Override
    public void subscribe(Consumer<Revocation> listener, Runnable onResubscribed) {
        retries.execute(() -> connect(listener, onResubscribed));
    }

    private void connect(Consumer<Revocation> listener, Runnable onResubscribed) {
        try {
            StatefulRedisPubSubConnection<String, String> connection = redis.client().connectPubSub();
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    if (channel.equals(from)) {
                        decode(message).forEach(listener);
                    }
                }

                @Override
                public void subscribed(String to, long count) {
                    if (channel.equals(to)) {
                        log.info("subscribed to revocations on {}", to);
                        onResubscribed.run();
                    }
                }
            });
            connection.sync().subscribe(channel);
            subscription = connection;
        } catch (RuntimeException e) {
            log.warn("cannot subscribe to revocations over Redis ({}); retrying in {} s", e.toString(),
                    RETRY.toSeconds());
            retries.schedule(() -> connect(listener, onResubscribed), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    static String encode(List<Revocation> revocations) {
        StringBuilder out = new StringBuilder();
        for (Revocation r : revocations) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (r.isSession()) {
                out.append("s ").append(r.sessionId()).append(' ').append(r.expiresAt().toEpochMilli());
            } else {
                out.append("u ").append(r.userId()).append(' ').append(r.minVersion()).append(' ')
                        .append(r.expiresAt().toEpochMilli());
            }
        }
        return out.toString();
    }

    static List<Revocation> decode(String message) {
        List<Revocation> revocations = new ArrayList<>();
        for (String line : message.split("\n")) {
            String[] parts = line.split(" ");
            try {
                if (parts.length == 3 && parts[0].equals("s")) {
                    revocations.add(Revocation.ofSession(UUID.fromString(parts[1]),
                            Instant.ofEpochMilli(Long.parseLong(parts[2]))));
                } else if (parts.length == 4 && parts[0].equals("u")) {
                    revocations.add(Revocation.ofUser(UUID.fromString(parts[1]), Long.parseLong(parts[2]),
                            Instant.ofEpochMilli(Long.parseLong(parts[3]))));
                } else {
                    log.warn("ignoring a malformed revocation message line");
                }
            } catch (IllegalArgumentException e) {
                log.warn("ignoring a malformed revocation message line: {}", e.getMessage());
            }
        }
        return revocations;
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

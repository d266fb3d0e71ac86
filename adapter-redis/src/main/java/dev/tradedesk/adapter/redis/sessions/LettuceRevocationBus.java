package dev.tradedesk.adapter.redis.sessions;

import dev.tradedesk.adapter.redis.common.RedisChannel;
import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.application.sessions.port.out.RevocationBus;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    private final RedisChannel channel;

    public LettuceRevocationBus(RedisConnections redis) {
        this.channel = new RedisChannel(redis, "revocations", "revocations");
    }

    @Override
    public void publish(List<Revocation> revocations) {
        if (!revocations.isEmpty()) {
            channel.publish(encode(revocations)); // a lost announcement: the other nodes catch up from the log
        }
    }

    @Override
    public void subscribe(Consumer<Revocation> listener, Runnable onResubscribed) {
        channel.subscribe(new RedisChannel.Listener() {
            @Override
            public void message(String message) {
                decode(message).forEach(listener);
            }

            @Override
            public void subscribed() {
                onResubscribed.run();
            }

            @Override
            public void lost() {
                // nothing to do: the catch-up that follows the next subscription covers what is missed meanwhile
            }
        });
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
        channel.close();
    }
}

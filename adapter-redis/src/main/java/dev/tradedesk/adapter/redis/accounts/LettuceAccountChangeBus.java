package dev.tradedesk.adapter.redis.accounts;

import dev.tradedesk.adapter.redis.common.RedisChannel;
import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.application.accounts.port.out.AccountChangeBus;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account changes over Redis pub/sub, one channel per key prefix ({@code account-changes}); a message is
 * the user id. The subscriber is told of every (re)subscription and every lost connection, since the
 * nodes' copies of account fields must not outlive an announcement they may have missed.
 */
public final class LettuceAccountChangeBus implements AccountChangeBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LettuceAccountChangeBus.class);

    private final RedisChannel channel;

    public LettuceAccountChangeBus(RedisConnections redis) {
        this.channel = new RedisChannel(redis, "account-changes", "account changes");
    }

    @Override
    public void publish(UUID userId) {
        channel.publish(userId.toString());
    }

    @Override
    public void subscribe(Consumer<UUID> listener, Runnable onSubscribed, Runnable onLost) {
        channel.subscribe(new RedisChannel.Listener() {
            @Override
            public void message(String message) {
                try {
                    listener.accept(UUID.fromString(message));
                } catch (IllegalArgumentException e) {
                    log.warn("ignoring a malformed account change message");
                }
            }

            @Override
            public void subscribed() {
                onSubscribed.run();
            }

            @Override
            public void lost() {
                onLost.run();
            }
        });
    }

    @Override
    public void close() {
        channel.close();
    }
}

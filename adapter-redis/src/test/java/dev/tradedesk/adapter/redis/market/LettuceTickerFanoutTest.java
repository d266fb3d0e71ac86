package dev.tradedesk.adapter.redis.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.redis.common.RedisConnections;
import dev.tradedesk.application.market.TickerFanoutContract;
import dev.tradedesk.application.market.port.out.FanoutUnavailableException;
import dev.tradedesk.application.market.port.out.TickerFanout;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.testsupport.TestRedis;
import dev.tradedesk.testsupport.TestServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract with every node its own connections to the test run's Redis, plus the wire format. */
class LettuceTickerFanoutTest extends TickerFanoutContract {

    private static final TestRedis REDIS = TestServers.redis();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @Override
    protected TickerFanout node() {
        RedisConnections connections = new RedisConnections(REDIS.url(), REDIS.keyPrefix(), Duration.ofSeconds(2));
        LettuceTickerFanout fanout = new LettuceTickerFanout(connections, Duration.ofSeconds(1));
        opened.add(connections);
        opened.add(fanout);
        return fanout;
    }

    @AfterEach
    void closeNodes() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void listens_on_its_own_prefix_only_and_skips_messages_it_cannot_read() throws Exception {
        TickerFanout publisher = node();
        TickerFanout receiver = node();
        List<PriceTick> received = new CopyOnWriteArrayList<>();
        receiver.subscribe(received::add);
        PriceTick sent = tick("BTCUSDT", "64000.10", Instant.parse("2026-11-21T10:00:00Z"));

        try (RedisConnections direct = new RedisConnections(REDIS.url(), "", Duration.ofSeconds(2))) {
            var commands = direct.connection().sync();
            String channel = REDIS.key("market:ticks");
            commands.publish(channel, "garbage");
            commands.publish(channel, "2 BTCUSDT from a newer format");
            commands.publish(channel, "1 BTCUSDT not-a-number 1 1 - - 1 x");
            commands.publish("another-prefix:market:ticks", PriceTickCodec.encode(sent));
        }
        publisher.publish(sent);

        await(() -> !received.isEmpty());
        assertThat(received).containsExactly(sent);
    }

    @Test
    void the_wire_format_is_one_compact_line_that_round_trips_exactly() {
        PriceTick tick = tick("BTCUSDT", "64123.45000000", Instant.parse("2026-11-21T10:00:00.123Z"));

        String encoded = PriceTickCodec.encode(tick);

        assertThat(encoded).isEqualTo("1 BTCUSDT 64123.45000000 2.125 12345.67800000 64123.45000000 64123.46000000"
                + " 1795255200123 contract");
        assertThat(PriceTickCodec.decode(encoded)).isEqualTo(tick);
        PriceTick nanos = tick("BTCUSDT", "1E+3", Instant.ofEpochSecond(-5, 7));
        assertThat(PriceTickCodec.encode(nanos)).contains(" -5.000000007 ");
        assertThat(PriceTickCodec.decode(PriceTickCodec.encode(nanos))).isEqualTo(nanos);
    }

    @Test
    void publishing_without_redis_fails_with_the_port_exception() throws IOException {
        try (RedisConnections nowhere = unreachable();
             LettuceTickerFanout fanout = new LettuceTickerFanout(nowhere, Duration.ofMillis(500))) {
            PriceTick tick = tick("BTCUSDT", "1", Instant.parse("2026-11-21T10:00:00Z"));

            assertThatThrownBy(() -> fanout.publish(tick)).isInstanceOf(FanoutUnavailableException.class);
            assertThatThrownBy(() -> fanout.publish(tick)).as("again, while the connect is backing off")
                    .isInstanceOf(FanoutUnavailableException.class);
            fanout.subscribe(received -> { }).close();
        }
    }

    /** Connections to a port nothing listens on. */
    static RedisConnections unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new RedisConnections("redis://127.0.0.1:" + port, REDIS.keyPrefix(), Duration.ofMillis(500));
    }
}

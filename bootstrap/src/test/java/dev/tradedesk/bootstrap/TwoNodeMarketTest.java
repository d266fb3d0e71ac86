package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import dev.tradedesk.adapter.binance.fake.FakeSymbol;
import dev.tradedesk.adapter.binance.fake.FakeTicker;
import dev.tradedesk.testsupport.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes as one cluster (their own Redis key prefix and their own fake Binance): exactly one of them
 * holds the upstream stream, both serve every tick, and when the holder goes (shut down, or hung so that
 * it stops renewing its lease) another node takes the stream over within seconds.
 */
class TwoNodeMarketTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private static FakeBinanceServer binance;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static ConfigurableApplicationContext nodeC;
    private static Map<String, Object> cluster;

    @BeforeAll
    static void startCluster() {
        binance = FakeBinanceServer.start();
        binance.listSymbol(FakeSymbol.trading("BTCUSDT", "BTC", "USDT"));
        binance.setTicker(new FakeTicker("BTCUSDT", "64000.00", "0.000", "1000.00000000", "63999.99", "64000.00",
                System.currentTimeMillis()));
        cluster = Map.of(
                "tradedesk.redis.key-prefix", TestServers.redis().keyPrefix() + "two-node-market:",
                "tradedesk.market.binance-rest-url", binance.baseUrl(),
                "tradedesk.market.binance-ws-url", binance.wsUrl(),
                "tradedesk.market.stream-symbols", "BTCUSDT",
                "tradedesk.market.lease-ttl", "2s",
                "tradedesk.market.maintain-interval", "200ms");
        nodeA = TestNodes.start(cluster);
        nodeB = TestNodes.start(cluster);
    }

    @AfterAll
    static void stopCluster() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB, nodeC}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (binance != null) {
            binance.close();
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + WITHIN.toSeconds() + " s for " + what + " (open stream"
                    + " connections " + binance.openStreamConnections() + ", made " + binance.totalStreamConnections()
                    + ")").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String price(HttpApi node, String token) {
        HttpApi.Response response = node.get("/api/v1/market/prices/BTCUSDT", token);
        return response.status() == 200 ? response.json().get("price").asString() : "status " + response.status();
    }

    private static boolean holdsStream(ConfigurableApplicationContext node) {
        JsonNode health = TestNodes.api(node).get("/actuator/health", null).json();
        return health.get("components").get("marketData").get("details").get("stream_holder").asBoolean();
    }

    @Test
    void one_upstream_connection_serves_both_nodes_and_moves_when_its_holder_goes() throws Exception {
        HttpApi a = TestNodes.api(nodeA);
        HttpApi b = TestNodes.api(nodeB);
        String token = a.register(uniqueEmail(), "orchid-lattice-summit-14").json().get("tokens")
                .get("access_token").asString();

        await("one stream connection", () -> binance.openStreamConnections() == 1);
        Thread.sleep(1000);
        assertThat(binance.openStreamConnections()).as("still exactly one after a while").isEqualTo(1);
        assertThat(binance.totalStreamConnections()).isEqualTo(1);
        assertThat(List.of(holdsStream(nodeA), holdsStream(nodeB))).containsExactlyInAnyOrder(true, false);

        for (String value : List.of("64100.50", "64200.25", "64050.75")) {
            binance.publishMiniTicker("BTCUSDT", value, "64000.00", "1000.00000000");
            await("both nodes at " + value, () -> price(a, token).equals(value) && price(b, token).equals(value));
        }

        ConfigurableApplicationContext holder = holdsStream(nodeA) ? nodeA : nodeB;
        ConfigurableApplicationContext survivor = holder == nodeA ? nodeB : nodeA;
        holder.close();

        await("the survivor to take the stream", () -> holdsStream(survivor) && binance.openStreamConnections() == 1);
        assertThat(binance.totalStreamConnections()).isEqualTo(2);
        binance.publishMiniTicker("BTCUSDT", "65000.00", "64000.00", "1000.00000000");
        HttpApi left = TestNodes.api(survivor);
        await("the survivor to serve the new stream's tick", () -> price(left, token).equals("65000.00"));

        // a holder that hangs (stops renewing its lease, its socket still open) loses the stream when the
        // lease runs out: a third node takes it over without any help from the hung one
        nodeC = TestNodes.start(cluster);
        survivor.getBean("marketStreamScheduler", ScheduledExecutorService.class).shutdownNow();
        await("the third node to take the stream over from the hung holder", () -> holdsStream(nodeC));
        survivor.close();
        await("only the third node's connection to remain", () -> binance.openStreamConnections() == 1);
        binance.publishMiniTicker("BTCUSDT", "66000.00", "64000.00", "1000.00000000");
        HttpApi third = TestNodes.api(nodeC);
        await("the third node to serve its stream's tick", () -> price(third, token).equals("66000.00"));
    }
}

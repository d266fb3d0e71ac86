package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The live ticker on two nodes of one cluster (the shared test application and a second node on the
 * same database, Redis and test Binance): only one node holds the upstream stream, yet a subscriber on
 * either node gets every tick of its symbols; a logout on one node closes the session's connection on
 * the other; and a connection is closed when its token expires (the second node issues 4-second tokens).
 */
class TwoNodeTickerTest extends ApplicationTestBase {

    private static final String PASSWORD = "orchid-lattice-summit-14";
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startSecondNode() {
        nodeB = TestNodes.start(Map.of("tradedesk.tokens.access-token-lifetime", "4s"));
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @AfterEach
    void restorePrice() {
        TestBinance.SYMBOLS.forEach(symbol -> TestBinance.setPrice(symbol[0], symbol[2]));
    }

    private static int portB() {
        return ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    private static String token(HttpApi node) {
        return node.register(uniqueEmail(), PASSWORD).json().get("tokens").get("access_token").asString();
    }

    @Test
    void a_subscriber_on_either_node_gets_every_tick_of_its_symbols() {
        TickerClient onA = TickerClient.connect(port, token(api()));
        TickerClient onB = TickerClient.connect(portB(), token(api()));
        onA.subscribe("ETHUSDT");
        onB.subscribe("ETHUSDT");
        onA.awaitType("subscribed");
        onB.awaitType("subscribed");

        for (int i = 1; i <= 5; i++) {
            String price = "3100." + i;
            TestBinance.setPrice("ETHUSDT", price);
            onA.awaitPrice("ETHUSDT", price);
            onB.awaitPrice("ETHUSDT", price);
        }
        onA.abort();
        onB.abort();
    }

    @Test
    void a_node_that_shuts_down_closes_its_subscribers_as_going_away() {
        ConfigurableApplicationContext nodeC = TestNodes.start(Map.of());
        try {
            int portC = ((WebServerApplicationContext) nodeC).getWebServer().getPort();
            TickerClient onC = TickerClient.connect(portC, token(api()));
            onC.subscribe("BTCUSDT");
            onC.awaitType("subscribed");

            nodeC.close();

            assertThat(onC.awaitClose()).isEqualTo(1001);
        } finally {
            nodeC.close();
        }
    }

    @Test
    void logging_out_on_one_node_closes_the_sessions_connection_on_the_other() {
        String token = token(api());
        TickerClient onB = TickerClient.connect(portB(), token);
        onB.subscribe("BTCUSDT");
        onB.awaitType("subscribed");

        assertThat(api().post("/api/v1/auth/logout", "", token).status()).isEqualTo(204);

        assertThat(onB.awaitClose()).isEqualTo(1008);
    }

    @Test
    void a_connection_is_closed_with_1008_when_its_token_expires() {
        TickerClient client = TickerClient.connect(portB(), token(TestNodes.api(nodeB)));
        client.subscribe("BTCUSDT");
        client.awaitType("subscribed");

        assertThat(client.awaitClose()).isEqualTo(1008);
    }
}

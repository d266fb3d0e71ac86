package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code TRADEDESK_MARKET_SOURCE=replay}: with Binance unreachable (its URLs point at a closed port), the
 * bundled recording serves symbols and fresh, moving prices, and market data is healthy.
 */
class ReplayModeTest {

    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        node = TestNodes.start(Map.of(
                "tradedesk.market.source", "replay",
                "tradedesk.market.stream-symbols", "BTCUSDT,ETHUSDT",
                "tradedesk.market.binance-rest-url", "http://127.0.0.1:9",
                "tradedesk.market.binance-ws-url", "ws://127.0.0.1:9",
                "tradedesk.redis.key-prefix", TestServers.redis().keyPrefix() + "replay:"));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void the_bundled_recording_serves_symbols_fresh_prices_and_a_healthy_market() throws Exception {
        HttpApi api = TestNodes.api(node);
        String token = api.register(uniqueEmail(), "orchid-lattice-summit-14").json().get("tokens")
                .get("access_token").asString();

        JsonNode symbols = api.get("/api/v1/market/symbols", token).json();
        assertThat(symbols.size()).isGreaterThanOrEqualTo(2);

        HttpApi.Response price = api.get("/api/v1/market/prices/BTCUSDT", token);
        assertThat(price.status()).as(price.body()).isEqualTo(200);
        assertThat(price.json().get("source").asString()).isEqualTo("replay");
        assertThat(Instant.parse(price.json().get("as_of").asString()))
                .isAfter(Instant.now().minus(Duration.ofSeconds(10)));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode market;
        do {
            Thread.sleep(100);
            market = api.get("/actuator/health", null).json().get("components").get("marketData");
        } while (!market.get("status").asString().equals("UP") && System.nanoTime() < deadline);
        assertThat(market.get("status").asString()).as(market.toString()).isEqualTo("UP");
        assertThat(market.get("details").get("source").asString()).isEqualTo("replay");
    }
}

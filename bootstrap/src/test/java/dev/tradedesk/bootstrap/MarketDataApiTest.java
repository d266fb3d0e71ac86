package dev.tradedesk.bootstrap;

import static dev.tradedesk.bootstrap.HttpApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.bootstrap.HttpApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API.md "Market data" over HTTP, with prices from the fake Binance's stream and REST. */
class MarketDataApiTest extends ApplicationTestBase {

    private String token;

    @BeforeEach
    void signUp() {
        token = api().register(uniqueEmail(), "orchid-lattice-summit-14").json().get("tokens").get("access_token")
                .asString();
    }

    private static Response eventually(Supplier<Response> call, java.util.function.Predicate<Response> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        Response last = call.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            sleep(50);
            last = call.get();
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void symbols_lists_the_tradable_symbols_with_their_assets() {
        Response response = api().get("/api/v1/market/symbols", token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode btc = null;
        for (JsonNode symbol : response.json()) {
            if (symbol.get("symbol").asString().equals("BTCUSDT")) {
                btc = symbol;
            }
        }
        assertThat(btc).as(response.body()).isNotNull();
        assertThat(btc.get("base_asset").asString()).isEqualTo("BTC");
        assertThat(btc.get("quote_asset").asString()).isEqualTo("USDT");
        assertThat(btc.get("status").asString()).isEqualTo("TRADING");
    }

    @Test
    void a_price_follows_the_stream_and_is_served_as_a_decimal_string_for_any_case_of_symbol() {
        TestBinance.setPrice("ETHUSDT", "3123.45");

        Response response = eventually(() -> api().get("/api/v1/market/prices/ethusdt", token),
                r -> r.status() == 200 && r.json().get("price").asString().equals("3123.45"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode price = response.json();
        assertThat(price.get("symbol").asString()).isEqualTo("ETHUSDT");
        assertThat(price.get("price").isString()).isTrue();
        assertThat(price.get("price").asString()).isEqualTo("3123.45");
        assertThat(price.get("change_24h_pct").isString()).isTrue();
        assertThat(price.get("source").asString()).isEqualTo("binance");
        Instant asOf = Instant.parse(price.get("as_of").asString());
        assertThat(asOf).isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));
    }

    @Test
    void while_the_stream_is_down_the_holder_polls_rest_and_prices_keep_moving() {
        TestBinance.server().refuseHandshakesFor(Duration.ofSeconds(8));
        TestBinance.server().dropStreamConnections();
        TestBinance.setPrice("BNBUSDT", "612.34");

        Response response = eventually(() -> api().get("/api/v1/market/prices/BNBUSDT", token),
                r -> r.status() == 200 && r.json().get("price").asString().equals("612.34"));
        assertThat(response.json().get("price").asString())
                .as("the REST price reached the node through polling, before the old tick went stale")
                .isEqualTo("612.34");
        assertThat(TestBinance.server().openStreamConnections()).as("the stream is still refused").isZero();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (TestBinance.server().openStreamConnections() == 0 && System.nanoTime() < deadline) {
            sleep(100);
        }
        assertThat(TestBinance.server().openStreamConnections()).as("the stream came back").isEqualTo(1);
    }

    @Test
    void an_unknown_symbol_is_404_unknown_symbol_and_a_malformed_one_400() {
        Response unknown = api().get("/api/v1/market/prices/NOPEUSDT", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("unknown_symbol");

        Response malformed = api().get("/api/v1/market/prices/BTC%24USDT", token);
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void a_symbol_without_a_fresh_price_is_503_price_unavailable() {
        Response response = api().get("/api/v1/market/prices/" + TestBinance.STALE_SYMBOL, token);

        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("price_unavailable");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void without_a_token_market_data_needs_the_anonymous_role_to_grant_market_read() {
        Response response = api().get("/api/v1/market/prices/BTCUSDT", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void health_reports_market_data_up_with_the_age_of_the_newest_tick() {
        Response health = eventually(() -> api().get("/actuator/health", null),
                r -> r.body().contains("\"marketData\":{\"status\":\"UP\"") || r.json().get("components")
                        .get("marketData").get("status").asString().equals("UP"));

        JsonNode market = health.json().get("components").get("marketData");
        assertThat(market.get("status").asString()).as(health.body()).isEqualTo("UP");
        assertThat(market.get("details").get("age_ms").asLong()).isBetween(0L, 10_000L);
        assertThat(market.get("details").get("source").asString()).isEqualTo("binance");
    }
}

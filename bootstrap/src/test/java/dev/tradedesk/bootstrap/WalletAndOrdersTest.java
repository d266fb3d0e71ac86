package dev.tradedesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.orders.port.in.PlaceOrderCommand;
import dev.tradedesk.bootstrap.HttpApi.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** API.md "Wallet and orders", row by row, over HTTP against the real database. */
class WalletAndOrdersTest extends TradingTestBase {

    @BeforeEach
    void prices() {
        price("BTCUSDT", "60000");
        price("ETHUSDT", "3000");
    }

    @Test
    void a_new_wallet_holds_the_starting_balance_as_decimal_strings() {
        User user = newUser();
        Response wallet = api().get("/api/v1/wallet", user.token());
        assertThat(wallet.status()).as(wallet.body()).isEqualTo(200);
        JsonNode body = wallet.json();
        assertThat(body.get("currency").asString()).isEqualTo("USDT");
        assertThat(body.get("balances").get(0).get("asset").asString()).isEqualTo("USDT");
        assertThat(body.get("balances").get(0).get("free").isString()).isTrue();
        assertThat(body.get("balances").get(0).get("free").asString()).isEqualTo("10000");
        assertThat(body.get("balances").get(0).get("locked").asString()).isEqualTo("0");
        assertThat(body.get("positions")).isEmpty();
        assertThat(body.get("shorts")).isEmpty();
        assertThat(body.get("equity").asString()).isEqualTo("10000");
        assertThat(Instant.parse(body.get("as_of").asString())).isNotNull();
        assertThat(api().get("/api/v1/wallet", user.token()).json().get("balances").get(0).get("free").asString())
                .as("created once").isEqualTo("10000");
        assertLedgerAgrees(user.id());
    }

    @Test
    void buy_sell_short_and_close_short_move_cash_positions_and_collateral() {
        User user = newUser();
        Response buy = order(user, "BTCUSDT", "buy", "0.01");
        assertThat(buy.status()).as(buy.body()).isEqualTo(201);
        JsonNode order = buy.json();
        assertThat(order.get("symbol").asString()).isEqualTo("BTCUSDT");
        assertThat(order.get("side").asString()).isEqualTo("buy");
        assertThat(order.get("quantity").asString()).isEqualTo("0.01");
        assertThat(order.get("price").asString()).isEqualTo("60000");
        assertThat(order.get("notional").asString()).isEqualTo("600");
        assertThat(order.get("fee").asString()).isEqualTo("0.6");
        assertThat(order.get("status").asString()).isEqualTo("filled");
        assertThat(buy.header("Location")).isEqualTo("/api/v1/orders/" + order.get("id").asString());
        assertThat(Instant.parse(order.get("created_at").asString())).isNotNull();

        assertThat(order(user, "BTCUSDT", "sell", "0.004").status()).isEqualTo(201);
        assertThat(order(user, "ETHUSDT", "short", "1").status()).isEqualTo(201); // margin 1500, fee 3
        price("ETHUSDT", "2000");
        assertThat(order(user, "ETHUSDT", "close_short", "0.5").status()).isEqualTo(201);

        JsonNode wallet = api().get("/api/v1/wallet", user.token()).json();
        // 10000 - 600.6 + (240 - 0.24) - 1503 + (2250 - 1000 - 1)
        assertThat(new BigDecimal(wallet.get("balances").get(0).get("free").asString())).isEqualByComparingTo("9385.16");
        assertThat(wallet.get("balances").get(0).get("locked").asString()).isEqualTo("2250");
        assertThat(wallet.get("positions").get(0).get("symbol").asString()).isEqualTo("BTCUSDT");
        assertThat(wallet.get("positions").get(0).get("quantity").asString()).isEqualTo("0.006");
        assertThat(wallet.get("positions").get(0).get("average_price").asString()).isEqualTo("60000");
        JsonNode open = wallet.get("shorts").get(0);
        assertThat(open.get("symbol").asString()).isEqualTo("ETHUSDT");
        assertThat(open.get("quantity").asString()).isEqualTo("0.5");
        assertThat(open.get("entry_price").asString()).isEqualTo("3000");
        assertThat(open.get("collateral").asString()).isEqualTo("2250");
        // 9385.16 + 2250 + 0.006 * 60000 - 0.5 * 2000
        assertThat(new BigDecimal(wallet.get("equity").asString())).isEqualByComparingTo("10995.16");
        assertLedgerAgrees(user.id());
    }

    @Test
    void refusals_are_422_with_their_codes_and_write_nothing() {
        User user = newUser();
        assertProblem(order(user, "BTCUSDT", "buy", "1"), 422, "insufficient_funds");
        assertProblem(order(user, "BTCUSDT", "sell", "0.01"), 422, "insufficient_position");
        assertProblem(order(user, "BTCUSDT", "close_short", "0.01"), 422, "insufficient_position");
        assertProblem(order(user, "BTCUSDT", "buy", "0.0015"), 422, "invalid_quantity"); // step 0.001
        assertProblem(order(user, "BTCUSDT", "buy", "0.0001"), 422, "invalid_quantity"); // min 0.001
        assertProblem(order(user, "ETHUSDT", "buy", "0.001"), 422, "invalid_quantity"); // notional 3 < 10
        assertProblem(order(user, "NOSUCHUSDT", "buy", "1"), 422, "symbol_not_tradable");
        assertThat(count("select count(*) from orders where user_id = ?", user.id())).isZero();
        assertThat(count("select count(*) from ledger_entries where user_id = ?", user.id()))
                .as("only the starting balance").isEqualTo(2);
    }

    @Test
    void a_stale_price_is_503_and_writes_nothing() {
        User user = newUser();
        api().get("/api/v1/wallet", user.token());
        Response refused = order(user, TestBinance.STALE_SYMBOL, "buy", "1");
        assertProblem(refused, 503, "price_unavailable");
        assertThat(count("select count(*) from orders where user_id = ?", user.id())).isZero();
        assertThat(count("select count(*) from ledger_entries where user_id = ?", user.id())).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "\"0\"", "\"-0.01\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e309",
            "\"1e309\"", "0.000000001", "\"0.000000001\"", "\"0.01 \"", "\" 0.01\"", "\"0 .01\"", "9007199254740993",
            "18014398509481984", "true", "null", "\"\"", "[0.01]", "{\"value\": 1}"})
    void every_bad_quantity_is_4xx_and_writes_no_ledger_row(String quantity) {
        User user = newUser();
        Response refused = api().post("/api/v1/orders",
                "{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": " + quantity + "}", user.token());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(count("select count(*) from ledger_entries where user_id = ?", user.id())).isZero();
        assertThat(count("select count(*) from orders where user_id = ?", user.id())).isZero();
    }

    @Test
    void bare_nan_and_infinity_are_malformed_json() {
        User user = newUser();
        for (String literal : List.of("NaN", "Infinity", "-Infinity")) {
            Response refused = api().post("/api/v1/orders",
                    "{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": " + literal + "}", user.token());
            assertThat(refused.status()).as(literal).isEqualTo(400);
        }
        assertThat(count("select count(*) from ledger_entries where user_id = ?", user.id())).isZero();
    }

    @Test
    void quantities_as_json_numbers_are_exact() {
        User user = newUser();
        Response buy = api().post("/api/v1/orders", "{\"symbol\": \"btcusdt\", \"side\": \"buy\", \"quantity\": 0.012}",
                user.token());
        assertThat(buy.status()).as(buy.body()).isEqualTo(201);
        assertThat(buy.json().get("quantity").asString()).isEqualTo("0.012");
        assertThat(buy.json().get("notional").asString()).isEqualTo("720");
    }

    @Test
    void order_history_pages_newest_first_and_other_users_orders_are_404() {
        User user = newUser();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response placed = order(user, "ETHUSDT", "buy", "0.01");
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            ids.add(0, placed.json().get("id").asString());
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Response page = api().get("/api/v1/orders?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), user.token());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.json().get("next_cursor").isNull() ? null : page.json().get("next_cursor").asString();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(ids);

        assertThat(api().get("/api/v1/orders/" + ids.get(0), user.token()).status()).isEqualTo(200);
        User other = newUser();
        assertProblem(api().get("/api/v1/orders/" + ids.get(0), other.token()), 404, "not_found");
        assertProblem(api().get("/api/v1/orders/" + UUID.randomUUID(), user.token()), 404, "not_found");
        assertThat(api().get("/api/v1/orders", other.token()).json().get("items")).isEmpty();
        assertProblem(api().get("/api/v1/orders?limit=0", user.token()), 400, "validation_failed");
        assertProblem(api().get("/api/v1/orders?limit=201", user.token()), 400, "validation_failed");
        assertProblem(api().get("/api/v1/orders?cursor=nope", user.token()), 400, "validation_failed");
    }

    @Test
    void an_idempotency_key_replays_rejects_another_body_and_is_per_user() {
        User user = newUser();
        String key = UUID.randomUUID().toString();
        String body = "{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"0.01\"}";
        Response first = orderWithKey(user, key, body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        price("BTCUSDT", "65000");
        Response replay = orderWithKey(user, key, "{\"quantity\": 0.010, \"side\": \"buy\", \"symbol\": \"BTCUSDT\"}");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(count("select count(*) from orders where user_id = ?", user.id())).isEqualTo(1);

        assertProblem(orderWithKey(user, key, "{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"0.02\"}"),
                422, "idempotency_key_reused");
        User other = newUser();
        assertThat(orderWithKey(other, key, body).status()).as("keys are per user").isEqualTo(201);
        assertLedgerAgrees(user.id());
    }

    @Test
    void a_key_still_in_flight_is_409_and_a_failed_request_frees_its_key() {
        User user = newUser();
        api().get("/api/v1/wallet", user.token());
        String body = "{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"0.01\"}";
        String fingerprint = PlaceOrderCommand.of("BTCUSDT", "buy", "0.01", false).fingerprint();
        String key = "in-flight-" + UUID.randomUUID();
        rows("""
                insert into idempotency_keys (user_id, key, fingerprint, claim_token, lease_until, created_at)
                values (?, ?, ?, ?, now() + interval '1 minute', now()) returning key
                """, user.id(), key, fingerprint, UUID.randomUUID());
        assertProblem(orderWithKey(user, key, body), 409, "idempotency_in_progress");
        rows("update idempotency_keys set lease_until = now() - interval '1 second' where key = ? returning key", key);
        assertThat(orderWithKey(user, key, body).status()).as("a crashed request's key is taken over").isEqualTo(201);

        String failing = "failing-" + UUID.randomUUID();
        assertProblem(orderWithKey(user, failing, "{\"symbol\": \"BTCUSDT\", \"side\": \"buy\", \"quantity\": \"1\"}"),
                422, "insufficient_funds");
        assertThat(orderWithKey(user, failing, body).status()).as("nothing was stored for the failure").isEqualTo(201);
        assertProblem(orderWithKey(user, "x".repeat(256), body), 400, "validation_failed");
    }

    @Test
    void administrators_read_and_credit_wallets() {
        User admin = newUser("admin");
        User user = newUser();
        Response wallet = api().get("/api/v1/users/" + user.id() + "/wallet", admin.token());
        assertThat(wallet.status()).as(wallet.body()).isEqualTo(200);
        assertThat(wallet.json().get("equity").asString()).isEqualTo("10000");

        Response credit = api().post("/api/v1/users/" + user.id() + "/wallet/credits",
                "{\"asset\": \"USDT\", \"amount\": \"250.5\"}", admin.token());
        assertThat(credit.status()).as(credit.body()).isEqualTo(201);
        assertThat(credit.json().get("amount").asString()).isEqualTo("250.5");
        assertThat(credit.json().get("balance").asString()).isEqualTo("10250.5");
        assertThat(api().get("/api/v1/wallet", user.token()).json().get("balances").get(0).get("free").asString())
                .isEqualTo("10250.5");
        assertLedgerAgrees(user.id());

        assertProblem(api().post("/api/v1/users/" + user.id() + "/wallet/credits",
                "{\"asset\": \"BTC\", \"amount\": \"1\"}", admin.token()), 422, "unsupported_asset");
        for (String amount : List.of("0", "-5", "\"NaN\"", "1e309", "\"1.000000001\"", "9007199254740993")) {
            Response refused = api().post("/api/v1/users/" + user.id() + "/wallet/credits",
                    "{\"asset\": \"USDT\", \"amount\": " + amount + "}", admin.token());
            assertThat(refused.status()).as(amount).isEqualTo(400);
        }
        assertProblem(api().get("/api/v1/users/" + UUID.randomUUID() + "/wallet", admin.token()), 404, "not_found");
        assertProblem(api().post("/api/v1/users/" + UUID.randomUUID() + "/wallet/credits",
                "{\"asset\": \"USDT\", \"amount\": \"1\"}", admin.token()), 404, "not_found");
        assertProblem(api().get("/api/v1/users/" + user.id() + "/wallet", user.token()), 403, "forbidden");
        assertProblem(api().post("/api/v1/users/" + user.id() + "/wallet/credits",
                "{\"asset\": \"USDT\", \"amount\": \"1\"}", user.token()), 403, "forbidden");
        assertThat(count("select count(*) from ledger_entries where user_id = ?", user.id())).isEqualTo(4);
    }

    @Test
    void deleting_a_user_removes_wallet_orders_and_ledger() {
        User user = newUser();
        assertThat(order(user, "BTCUSDT", "buy", "0.01").status()).isEqualTo(201);
        assertThat(api().send("DELETE", "/api/v1/users/me", user.token(), null,
                java.net.http.HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(204);
        assertThat(count("select count(*) from ledger_entries where user_id = ?", user.id())).isZero();
        assertThat(count("select count(*) from orders where user_id = ?", user.id())).isZero();
        assertThat(count("select count(*) from wallets where user_id = ?", user.id())).isZero();
    }

    @Test
    void the_openapi_document_describes_the_endpoints_and_amounts_as_strings_or_numbers() {
        JsonNode docs = api().get("/v3/api-docs", null).json();
        for (String path : List.of("/api/v1/wallet", "/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/users/{id}/wallet",
                "/api/v1/users/{id}/wallet/credits")) {
            assertThat(docs.get("paths").has(path)).as(path).isTrue();
        }
        JsonNode quantity = docs.get("components").get("schemas").get("PlaceOrderRequest").get("properties").get("quantity");
        assertThat(quantity.toString()).contains("oneOf").contains("\"string\"").contains("\"number\"");
        assertThat(docs.get("paths").get("/api/v1/orders").get("post").get("parameters").toString())
                .contains("Idempotency-Key");
    }

    static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    static Set<String> ids(List<Response> responses) {
        Set<String> ids = new HashSet<>();
        responses.forEach(r -> ids.add(r.json().get("id").asString()));
        return ids;
    }
}

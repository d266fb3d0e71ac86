package dev.tradedesk.adapter.binance.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import dev.tradedesk.adapter.binance.fake.FakeBinanceServer.Fault;
import dev.tradedesk.adapter.binance.fake.FakeSymbol;
import dev.tradedesk.adapter.binance.fake.FakeTicker;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.domain.market.PriceUnavailableException;
import dev.tradedesk.domain.market.UnknownSymbolException;
import dev.tradedesk.domain.market.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Binance client against the fake server: the happy paths and every upstream failure mode. */
class BinancePriceSourceTest {

    private static final Symbol BTCUSDT = new Symbol("BTCUSDT");
    private static final Symbol ETHUSDT = new Symbol("ETHUSDT");
    private static final Instant START = Instant.parse("2026-11-21T10:00:30Z");

    private final MutableClock clock = new MutableClock(START);
    private final FakeBinance.RecordingSleeper sleeper = new FakeBinance.RecordingSleeper();
    private FakeBinanceServer fake;
    private BinancePriceSource source;

    @BeforeEach
    void start() {
        fake = FakeBinanceServer.start()
                .listSymbol(FakeSymbol.trading("BTCUSDT", "BTC", "USDT"))
                .listSymbol(FakeSymbol.trading("ETHUSDT", "ETH", "USDT"))
                .setTicker(new FakeTicker("BTCUSDT", "64123.45000000", "2.125", "12345.67800000", "64123.44000000",
                        "64123.46000000", 1_700_000_000_123L))
                .setTicker(FakeTicker.at("ETHUSDT", "3210.50000000"));
        source = FakeBinance.source(fake, clock, sleeper);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void reads_a_price_with_exact_decimals() {
        var tick = source.price(BTCUSDT);

        assertThat(tick.price()).isEqualTo(new BigDecimal("64123.45000000"));
        assertThat(tick.change24hPct()).isEqualTo(new BigDecimal("2.125"));
        assertThat(tick.volume24h()).isEqualTo(new BigDecimal("12345.67800000"));
        assertThat(tick.bid()).contains(new BigDecimal("64123.44000000"));
        assertThat(tick.ask()).contains(new BigDecimal("64123.46000000"));
        assertThat(tick.asOf()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(tick.source()).isEqualTo("binance");
        assertThat(fake.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/api/v3/ticker/24hr");
            assertThat(request.query()).isEqualTo(Map.of("symbol", "BTCUSDT"));
        });
    }

    @Test
    void asks_for_several_prices_in_one_call_with_the_symbols_parameter() {
        var ticks = source.prices(List.of(ETHUSDT, BTCUSDT));

        assertThat(ticks).extracting(tick -> tick.symbol().value()).containsExactly("ETHUSDT", "BTCUSDT");
        assertThat(fake.requests()).singleElement().satisfies(request ->
                assertThat(request.query()).isEqualTo(Map.of("symbols", "[\"ETHUSDT\",\"BTCUSDT\"]")));
    }

    @Test
    void reads_last_prices_from_the_price_ticker() {
        assertThat(source.lastPrice(ETHUSDT)).isEqualTo(new BigDecimal("3210.50000000"));
        assertThat(source.lastPrices(List.of(BTCUSDT, ETHUSDT))).containsExactly(
                Map.entry(BTCUSDT, new BigDecimal("64123.45000000")), Map.entry(ETHUSDT, new BigDecimal("3210.50000000")));
        assertThat(fake.requests()).extracting(FakeBinanceServer.RecordedRequest::path)
                .containsOnly("/api/v3/ticker/price");
    }

    @Test
    void a_429_stops_every_call_until_retry_after_has_passed() {
        fake.enqueue(Fault.tooManyRequests(30));
        Instant until = START.plusSeconds(30);

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(until));
        assertThat(fake.requestCount()).as("a 429 is not retried").isEqualTo(1);

        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(until));
        assertThatThrownBy(() -> source.symbols()).isInstanceOf(PriceUnavailableException.class);
        assertThatThrownBy(() -> source.prices(List.of(BTCUSDT, ETHUSDT))).isInstanceOf(PriceUnavailableException.class);
        assertThat(source.backoffUntil()).contains(until);
        assertThat(fake.requestCount()).as("no call during the backoff").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(source.price(BTCUSDT).symbol()).isEqualTo(BTCUSDT);
        assertThat(source.backoffUntil()).isEmpty();
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void a_418_ban_stops_every_call_until_retry_after_has_passed() {
        fake.enqueue(Fault.banned(120));
        Instant until = START.plusSeconds(120);

        assertThatThrownBy(() -> source.symbols()).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(until));
        clock.advance(Duration.ofSeconds(119));
        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOf(PriceUnavailableException.class);
        assertThat(fake.requestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(source.symbols()).hasSize(2);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void a_429_with_an_http_date_retry_after_backs_off_until_that_date() {
        // START is 2026-11-21T10:00:30Z, a Saturday
        fake.enqueue(Fault.tooManyRequests("Sat, 21 Nov 2026 10:01:15 GMT"));

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(START.plusSeconds(45)));
        assertThat(source.backoffUntil()).contains(START.plusSeconds(45));
    }

    @Test
    void a_retry_after_date_already_past_still_backs_off_a_second_and_garbage_falls_back_to_the_default() {
        fake.enqueue(Fault.tooManyRequests("Sat, 21 Nov 2026 09:00:00 GMT"));
        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(START.plusSeconds(1)));

        clock.advance(Duration.ofSeconds(1));
        fake.enqueue(Fault.tooManyRequests("tomorrow, maybe"));
        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(START.plusSeconds(61)));
    }

    @Test
    void retry_after_reads_seconds_and_imf_fixdate() {
        Instant now = Instant.parse("2015-10-21T07:27:00Z");
        assertThat(BinanceHttp.retryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(BinanceHttp.retryAfter(" Wed, 21 Oct 2015 07:28:00 GMT ", now)).contains(Duration.ofSeconds(60));
        assertThat(BinanceHttp.retryAfter("0", now)).contains(BinanceHttp.MIN_RETRY_AFTER);
        assertThat(BinanceHttp.retryAfter("-5", now)).isEmpty();
        assertThat(BinanceHttp.retryAfter("2015-10-21T07:28:00Z", now)).isEmpty();
        assertThat(BinanceHttp.retryAfter("", now)).isEmpty();
    }

    @Test
    void a_429_without_retry_after_backs_off_for_the_default() {
        fake.enqueue(Fault.status(429, "{\"code\":-1003,\"msg\":\"Too many requests queued.\"}"));

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(START.plusSeconds(60)));
    }

    @Test
    void retries_5xx_with_exponential_backoff_then_succeeds() {
        fake.enqueue(Fault.serverError(503), Fault.serverError(500));

        assertThat(source.price(BTCUSDT).symbol()).isEqualTo(BTCUSDT);
        assertThat(fake.requestCount()).isEqualTo(3);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void gives_up_after_the_last_5xx_without_a_backoff() {
        fake.enqueue(Fault.serverError(502), Fault.serverError(503), Fault.serverError(504));

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class, e -> {
            assertThat(e.retryAt()).isEmpty();
            assertThat(e.getMessage()).contains("3 attempt(s)").contains("HTTP 504");
        });
        assertThat(fake.requestCount()).isEqualTo(3);
        assertThat(source.price(BTCUSDT).symbol()).as("the next call goes out").isEqualTo(BTCUSDT);
    }

    @Test
    void retries_a_timed_out_request() {
        fake.enqueue(Fault.delay(Duration.ofSeconds(5)));

        assertThat(source.price(BTCUSDT).symbol()).isEqualTo(BTCUSDT);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void gives_up_when_every_attempt_times_out() {
        fake.failEveryRequest(Fault.delay(Duration.ofSeconds(5)));

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.getMessage()).contains("timed out after 1000 ms"));
        assertThat(fake.requestCount()).isEqualTo(3);
    }

    @Test
    void retries_a_dropped_connection() {
        fake.enqueue(Fault.drop());

        assertThat(source.price(BTCUSDT).symbol()).isEqualTo(BTCUSDT);
        assertThat(fake.requestCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void gives_up_when_every_connection_drops() {
        fake.failEveryRequest(Fault.drop());

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class, e -> {
            assertThat(e.getMessage()).contains("network error").contains("3 attempt(s)");
            assertThat(e.retryAt()).isEmpty();
        });
        // the JDK client may itself resend a GET once when a reused connection drops
        assertThat(fake.requestCount()).isBetween(3, 6);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));

        fake.clearFaults();
        assertThat(source.price(BTCUSDT).symbol()).isEqualTo(BTCUSDT);
    }

    @Test
    void a_malformed_body_is_unavailable_without_the_body_or_a_parser_trace() {
        fake.enqueue(Fault.malformed());

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("html").doesNotContain("oops").contains("/api/v3/ticker/24hr");
            assertThat(e.getCause()).isNull();
            assertThat(e.retryAt()).isEmpty();
        });
        assertThat(fake.requestCount()).as("a 200 is not retried").isEqualTo(1);
    }

    @Test
    void json_in_the_wrong_shape_is_unavailable() {
        fake.enqueue(Fault.body("[]"), Fault.body("{\"symbol\":\"BTCUSDT\"}"), Fault.body("{\"symbol\":\"ETHUSDT\",\"lastPrice\":\"1\",\"priceChangePercent\":\"0\",\"volume\":\"1\",\"closeTime\":1}"),
                Fault.body("{\"symbols\":[{\"symbol\":\"BTCUSDT\",\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\",\"filters\":[{\"filterType\":\"LOT_SIZE\",\"minQty\":\"x\"}]}]}"),
                Fault.body("null"));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOf(PriceUnavailableException.class);
        }
        assertThatThrownBy(() -> source.symbols()).isInstanceOf(PriceUnavailableException.class);
        assertThatThrownBy(() -> source.symbols()).isInstanceOf(PriceUnavailableException.class);
    }

    @Test
    void an_unknown_symbol_is_reported_and_not_retried() {
        Symbol unknown = new Symbol("NOSUCHCOIN");

        assertThatThrownBy(() -> source.price(unknown)).isInstanceOfSatisfying(UnknownSymbolException.class,
                e -> assertThat(e.symbol()).contains(unknown));
        assertThatThrownBy(() -> source.prices(List.of(BTCUSDT, unknown))).isInstanceOfSatisfying(
                UnknownSymbolException.class, e -> assertThat(e.symbol()).isEmpty());
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void binances_illegal_characters_answer_is_an_unknown_symbol() throws IOException {
        fake.enqueue(Fault.status(400, fixture("observed_error_lowercase_symbol_-1100.json")));

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOf(UnknownSymbolException.class);
    }

    @Test
    void another_refusal_is_unavailable_with_binances_code() {
        fake.enqueue(Fault.status(400, "{\"code\":-1102,\"msg\":\"Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.\"}"));

        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.getMessage()).contains("HTTP 400 code -1102"));
    }

    @Test
    void stops_at_the_weight_budget_until_the_next_minute() {
        fake.setUsedWeight(4799);
        source.price(BTCUSDT);
        assertThat(source.usedWeight()).isEqualTo(4799);

        Instant nextMinute = Instant.parse("2026-11-21T10:01:00Z");
        assertThatThrownBy(() -> source.price(BTCUSDT)).isInstanceOfSatisfying(PriceUnavailableException.class,
                e -> assertThat(e.retryAt()).contains(nextMinute));
        assertThatThrownBy(() -> source.symbols()).isInstanceOf(PriceUnavailableException.class);
        assertThat(fake.requestCount()).as("nothing sent over the budget").isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        fake.countWeight();
        assertThat(source.symbols()).hasSize(2);
        assertThat(source.usedWeight()).isEqualTo(20);
    }

    @Test
    void counts_weight_itself_when_binance_does_not_report_it() {
        fake.omitUsedWeight();
        BinanceSettings small = new BinanceSettings(fake.baseUrl(), Duration.ofSeconds(1), Duration.ofSeconds(1), 3,
                Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(60), 100, 50);
        BinancePriceSource limited = new BinancePriceSource(small, clock, java.net.http.HttpClient.newHttpClient(),
                sleeper);

        limited.symbols();
        limited.symbols();
        assertThat(limited.usedWeight()).isEqualTo(40);
        assertThatThrownBy(limited::symbols).as("60 > 50% of 100").isInstanceOf(PriceUnavailableException.class);
        assertThat(limited.price(BTCUSDT).symbol()).as("weight 2 still fits").isEqualTo(BTCUSDT);
        assertThat(fake.requestCount()).isEqualTo(3);
    }

    @Test
    void a_retry_spends_weight_too() {
        fake.omitUsedWeight().enqueue(Fault.serverError(503));

        source.price(BTCUSDT);

        assertThat(source.usedWeight()).isEqualTo(4);
    }

    @Test
    void weights_of_the_ticker_follow_binance() {
        assertThat(BinancePriceSource.tickerWeight(1)).isEqualTo(2);
        assertThat(BinancePriceSource.tickerWeight(20)).isEqualTo(2);
        assertThat(BinancePriceSource.tickerWeight(21)).isEqualTo(40);
        assertThat(BinancePriceSource.tickerWeight(101)).isEqualTo(80);
    }

    static String fixture(String name) throws IOException {
        try (var in = BinancePriceSourceTest.class.getResourceAsStream("/binance/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

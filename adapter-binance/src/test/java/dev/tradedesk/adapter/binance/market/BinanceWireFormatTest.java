package dev.tradedesk.adapter.binance.market;

import static dev.tradedesk.adapter.binance.market.BinancePriceSourceTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import dev.tradedesk.adapter.binance.fake.FakeBinanceServer.Fault;
import dev.tradedesk.adapter.binance.market.BinanceExchangeInfo.BinanceFilter;
import dev.tradedesk.adapter.binance.market.BinanceExchangeInfo.RateLimit;
import dev.tradedesk.domain.market.UnknownSymbolException;
import dev.tradedesk.domain.market.LotSize;
import dev.tradedesk.domain.market.PriceFilter;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.market.SymbolInfo;
import dev.tradedesk.domain.market.SymbolStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Binance's published payloads (src/test/resources/binance, see its README.txt), parsed by the wire
 * records and, served by the fake as they are, mapped to domain values by the source.
 */
class BinanceWireFormatTest {

    private static final ObjectMapper MAPPER = BinancePriceSource.mapper();

    private FakeBinanceServer fake;
    private BinancePriceSource source;

    @BeforeEach
    void start() {
        fake = FakeBinanceServer.start();
        source = FakeBinance.source(fake, Clock.systemUTC(), new FakeBinance.RecordingSleeper());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void exchange_info_of_the_websocket_api_sample() throws IOException {
        String result = MAPPER.readTree(fixture("wsapi_exchangeInfo_response.nocomments.json")).get("result").toString();
        BinanceExchangeInfo wire = MAPPER.readValue(result, BinanceExchangeInfo.class);
        assertThat(wire.rateLimits()).contains(new RateLimit("REQUEST_WEIGHT", "MINUTE", 1, 6000));
        fake.enqueue(Fault.body(result));

        assertThat(source.symbols()).containsExactly(new SymbolInfo(new Symbol("BNBBTC"), "BNB", "BTC",
                SymbolStatus.TRADING,
                Optional.of(new PriceFilter(dec("0.00000100"), dec("0.00000100"), dec("100000.00000000"))),
                Optional.of(new LotSize(dec("0.00100000"), dec("0.00100000"), dec("100000.00000000"))),
                Optional.empty()));
    }

    @Test
    void exchange_info_symbol_with_notional_filters_prefers_notional() throws IOException {
        String body = "{\"timezone\":\"UTC\",\"serverTime\":1565246363776,\"rateLimits\":[],\"exchangeFilters\":[],"
                + "\"symbols\":[" + fixture("composed_exchangeInfo_symbol_with_notional_filters.json") + "]}";
        fake.enqueue(Fault.body(body));

        SymbolInfo info = source.symbols().get(0);

        assertThat(info.minNotional()).contains(dec("10.00000000"));
        assertThat(info.lotSize()).contains(new LotSize(dec("0.00100000"), dec("0.00100000"), dec("100000.00000000")));
        assertThat(info.isTradable()).isTrue();
    }

    @Test
    void exchange_info_skeleton_of_the_rest_docs() throws IOException {
        String withoutComments = fixture("rest_exchangeInfo_response_skeleton.txt").replaceAll("(?m)\\s*//.*$", "");
        fake.enqueue(Fault.body(withoutComments));

        assertThat(source.symbols()).containsExactly(new SymbolInfo(new Symbol("ETHBTC"), "ETH", "BTC",
                SymbolStatus.TRADING, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void a_symbol_outside_the_legal_range_is_left_out_of_the_list() {
        fake.enqueue(Fault.body("{\"symbols\":[{\"symbol\":\"币安人生USDT\",\"status\":\"TRADING\",\"baseAsset\":\"币安人生\","
                + "\"quoteAsset\":\"USDT\",\"filters\":[]},{\"symbol\":\"BTCUSDT\",\"status\":\"HALT\","
                + "\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\",\"filters\":[]}]}"));

        assertThat(source.symbols()).extracting(SymbolInfo::symbol, SymbolInfo::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new Symbol("BTCUSDT"), SymbolStatus.HALT));
    }

    @Test
    void every_filter_sample() throws IOException {
        assertThat(MAPPER.readValue(fixture("filter_PRICE_FILTER.json"), BinanceFilter.class)).isEqualTo(
                new BinanceFilter("PRICE_FILTER", dec("0.00000100"), dec("100000.00000000"), dec("0.00000100"),
                        null, null, null, null, null));
        assertThat(MAPPER.readValue(fixture("filter_LOT_SIZE.json"), BinanceFilter.class)).isEqualTo(
                new BinanceFilter("LOT_SIZE", null, null, null, dec("0.00100000"), dec("100000.00000000"),
                        dec("0.00100000"), null, null));
        assertThat(MAPPER.readValue(fixture("filter_MARKET_LOT_SIZE.json"), BinanceFilter.class).filterType())
                .isEqualTo("MARKET_LOT_SIZE");
        assertThat(MAPPER.readValue(fixture("filter_MIN_NOTIONAL.json"), BinanceFilter.class).minNotional())
                .isEqualTo(dec("0.00100000"));
        BinanceFilter notional = MAPPER.readValue(fixture("filter_NOTIONAL.json"), BinanceFilter.class);
        assertThat(notional.minNotional()).isEqualTo(dec("10.00000000"));
        assertThat(notional.maxNotional()).isEqualTo(dec("10000.00000000"));
        assertThat(MAPPER.readValue(fixture("filter_PERCENT_PRICE_BY_SIDE.json"), BinanceFilter.class).filterType())
                .isEqualTo("PERCENT_PRICE_BY_SIDE");
        assertThat(MAPPER.readValue(fixture("ratelimit_REQUEST_WEIGHT.json"), RateLimit.class))
                .isEqualTo(new RateLimit("REQUEST_WEIGHT", "MINUTE", 1, 6000));
    }

    @Test
    void ticker_24hr_single_sample() throws IOException {
        fake.enqueue(Fault.body(fixture("rest_ticker_24hr_full_single.nocomments.json")));

        PriceTick tick = source.price(new Symbol("BNBBTC"));

        assertThat(tick).isEqualTo(new PriceTick(new Symbol("BNBBTC"), dec("4.00000200"), dec("-95.960"),
                dec("8913.30000000"), Optional.of(dec("4.00000000")), Optional.of(dec("4.00000200")),
                Instant.ofEpochMilli(1499869899040L), "binance"));
        assertThat(tick.price().toPlainString()).isEqualTo("4.00000200");
    }

    @Test
    void ticker_24hr_list_sample() throws IOException {
        List<BinanceTicker24h> list = MAPPER.readValue(fixture("rest_ticker_24hr_full_list.nocomments.json"),
                new TypeReference<List<BinanceTicker24h>>() {
                });

        assertThat(list).singleElement().satisfies(ticker -> {
            assertThat(ticker.symbol()).isEqualTo("BNBBTC");
            assertThat(ticker.lastPrice()).isEqualTo(dec("4.00000200"));
            assertThat(ticker.quoteVolume()).isEqualTo(dec("15.30000000"));
            assertThat(ticker.openTime()).isEqualTo(1499783499040L);
        });
        fake.enqueue(Fault.body(fixture("rest_ticker_24hr_full_list.nocomments.json")));
        assertThatThrownBy(() -> source.prices(List.of(new Symbol("BNBBTC"), new Symbol("ETHBTC"))))
                .as("a symbol asked for but missing from the list")
                .isInstanceOf(dev.tradedesk.domain.market.PriceUnavailableException.class);
    }

    @Test
    void ticker_price_samples() throws IOException {
        fake.enqueue(Fault.body(fixture("rest_ticker_price_single.json")),
                Fault.body(fixture("rest_ticker_price_list.json")));

        assertThat(source.lastPrice(new Symbol("LTCBTC"))).isEqualTo(dec("4.00000200"));
        assertThat(source.lastPrices(List.of(new Symbol("ETHBTC"), new Symbol("LTCBTC")))).containsExactly(
                Map.entry(new Symbol("ETHBTC"), dec("0.07946600")), Map.entry(new Symbol("LTCBTC"), dec("4.00000200")));
    }

    @Test
    void error_body_samples() throws IOException {
        assertThat(MAPPER.readValue(fixture("error_body_invalid_symbol.json"), BinanceError.class))
                .isEqualTo(new BinanceError(-1121, "Invalid symbol."));
        assertThat(MAPPER.readValue(fixture("observed_error_lowercase_symbol_-1100.json"), BinanceError.class).code())
                .isEqualTo(-1100);
        fake.enqueue(Fault.status(400, fixture("error_body_invalid_symbol.json")));

        assertThatThrownBy(() -> source.price(new Symbol("LTCBTC"))).isInstanceOf(UnknownSymbolException.class);
    }
}

package dev.tradedesk.adapter.binance.market;

import static dev.tradedesk.adapter.binance.market.BinancePriceSourceTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.binance.market.BinanceStreamParser.BookTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.Malformed;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.MiniTicker;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.ServerShutdown;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.StreamEvent;
import dev.tradedesk.adapter.binance.market.BinanceStreamParser.Unrecognised;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stream parser and the tick assembler against Binance's published stream payloads. */
class BinanceStreamParserTest {

    private final BinanceStreamParser parser = new BinanceStreamParser();

    static String wrap(String stream, String data) {
        return "{\"stream\":\"" + stream + "\",\"data\":" + data + "}";
    }

    private MiniTicker publishedMiniTicker() throws IOException {
        StreamEvent event = parser.parse(wrap("bnbbtc@miniTicker", fixture("ws_miniTicker.nocomments.json")));
        assertThat(event).isInstanceOf(MiniTicker.class);
        return (MiniTicker) event;
    }

    private BookTicker publishedBookTicker() throws IOException {
        StreamEvent event = parser.parse(wrap("bnbusdt@bookTicker", fixture("ws_bookTicker.nocomments.json")));
        assertThat(event).isInstanceOf(BookTicker.class);
        return (BookTicker) event;
    }

    @Test
    void readsThePublishedMiniTickerWithExactDecimals() throws IOException {
        BinanceMiniTicker mini = publishedMiniTicker().payload();

        assertThat(mini.eventType()).isEqualTo("24hrMiniTicker");
        assertThat(mini.eventTime()).isEqualTo(1672515782136L);
        assertThat(mini.symbol()).isEqualTo("BNBBTC");
        assertThat(mini.closePrice()).isEqualTo(new BigDecimal("0.0025"));
        assertThat(mini.openPrice()).isEqualTo(new BigDecimal("0.0010"));
        assertThat(mini.highPrice()).isEqualTo(new BigDecimal("0.0025"));
        assertThat(mini.lowPrice()).isEqualTo(new BigDecimal("0.0010"));
        assertThat(mini.baseVolume()).isEqualTo(new BigDecimal("10000"));
        assertThat(mini.quoteVolume()).isEqualTo(new BigDecimal("18"));
    }

    @Test
    void readsThePublishedBookTickerWithExactDecimals() throws IOException {
        BinanceBookTicker book = publishedBookTicker().payload();

        assertThat(book.updateId()).isEqualTo(400900217L);
        assertThat(book.symbol()).isEqualTo("BNBUSDT");
        assertThat(book.bidPrice()).isEqualTo(new BigDecimal("25.35190000"));
        assertThat(book.bidQty()).isEqualTo(new BigDecimal("31.21000000"));
        assertThat(book.askPrice()).isEqualTo(new BigDecimal("25.36520000"));
        assertThat(book.askQty()).isEqualTo(new BigDecimal("40.66000000"));
    }

    @Test
    void readsThePublishedServerShutdownInItsCombinedWrapper() throws IOException {
        StreamEvent event = parser.parse(fixture("ws_combined_wrapper_serverShutdown.nocomments.json"));

        assertThat(event).isEqualTo(new ServerShutdown(Instant.ofEpochMilli(1770123456789L)));
    }

    @Test
    void aReplyToAControlMessageIsUnrecognisedNotAnError() throws IOException {
        assertThat(parser.parse(fixture("ws_subscribe_response.json"))).isInstanceOf(Unrecognised.class);
        assertThat(parser.parse(wrap("bnbbtc@trade", "{\"e\":\"trade\",\"E\":1,\"s\":\"BNBBTC\"}")))
                .isInstanceOf(Unrecognised.class);
    }

    @Test
    void malformedMessagesAreReportedWithoutTheirContent() throws IOException {
        String secret = "SECRET-CONTENT";
        String mini = fixture("ws_miniTicker.nocomments.json");
        StreamEvent[] events = {
            parser.parse("{\"stream\":\"bnbbtc@miniTicker\",\"data\":{" + secret),
            parser.parse(""),
            parser.parse("[1,2,3]"),
            parser.parse(wrap("bnbbtc@miniTicker", "\"" + secret + "\"")),
            parser.parse(wrap("ethbtc@miniTicker", mini)),
            parser.parse(wrap("bnbbtc@miniTicker", mini.replace("\"0.0025\"", "\"" + secret + "\""))),
            parser.parse(wrap("bnbbtc@miniTicker", mini.replace("\"c\"", "\"x\""))),
            parser.parse(wrap("bnbbtc@miniTicker", mini.replace("24hrMiniTicker", "24hrTicker"))),
            parser.parse(wrap("bnbusdt@bookTicker", fixture("ws_bookTicker.nocomments.json").replace("\"u\"", "\"x\""))),
        };
        for (StreamEvent event : events) {
            assertThat(event).isInstanceOf(Malformed.class);
            assertThat(((Malformed) event).why()).doesNotContain(secret);
        }
    }

    @Test
    void theAssemblerMergesTheLastBookIntoTheMiniTicker() throws IOException {
        BinanceTickAssembler assembler = new BinanceTickAssembler("binance");
        BinanceMiniTicker mini = publishedMiniTicker().payload();
        BinanceBookTicker book = new BinanceBookTicker(5L, "BNBBTC", new BigDecimal("0.00240000"), BigDecimal.ONE,
                new BigDecimal("0.00260000"), BigDecimal.ONE);

        assertThat(assembler.onBookTicker(book)).as("a book before any mini ticker gives no tick").isEmpty();
        PriceTick tick = assembler.onMiniTicker(mini).orElseThrow();

        assertThat(tick).isEqualTo(new PriceTick(new Symbol("BNBBTC"), new BigDecimal("0.0025"),
                new BigDecimal("150.000"), new BigDecimal("10000"), Optional.of(new BigDecimal("0.00240000")),
                Optional.of(new BigDecimal("0.00260000")), Instant.ofEpochMilli(1672515782136L), "binance"));

        BinanceBookTicker newer = new BinanceBookTicker(6L, "BNBBTC", new BigDecimal("0.00250000"), BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO);
        PriceTick merged = assembler.onBookTicker(newer).orElseThrow();
        assertThat(merged.price()).isEqualTo(new BigDecimal("0.0025"));
        assertThat(merged.bid()).contains(new BigDecimal("0.00250000"));
        assertThat(merged.ask()).as("an empty ask side (0.00000000) is absent").isEmpty();
        assertThat(merged.asOf()).isEqualTo(Instant.ofEpochMilli(1672515782136L));
    }

    @Test
    void theAssemblerDropsDuplicatesAndStaleEvents() throws IOException {
        BinanceTickAssembler assembler = new BinanceTickAssembler("binance");
        BinanceMiniTicker mini = publishedMiniTicker().payload();
        BinanceBookTicker book = publishedBookTicker().payload();

        assertThat(assembler.onMiniTicker(mini)).isPresent();
        assertThat(assembler.onMiniTicker(mini)).as("same event time").isEmpty();
        BinanceMiniTicker older = new BinanceMiniTicker(mini.eventType(), mini.eventTime() - 1, mini.symbol(),
                new BigDecimal("9"), mini.openPrice(), mini.highPrice(), mini.lowPrice(), mini.baseVolume(),
                mini.quoteVolume());
        assertThat(assembler.onMiniTicker(older)).isEmpty();
        assertThat(assembler.onBookTicker(book)).as("no mini of BNBUSDT yet").isEmpty();
        assertThat(assembler.onBookTicker(book)).isEmpty();
        assertThat(assembler.latest()).containsOnlyKeys(new Symbol("BNBBTC"));
    }

    @Test
    void theChangeIsComputedAtAFixedScaleAndAZeroPriceIsRejected() {
        BinanceTickAssembler assembler = new BinanceTickAssembler("binance");
        BinanceMiniTicker down = new BinanceMiniTicker("24hrMiniTicker", 1L, "BTCUSDT", new BigDecimal("64000.01"),
                new BigDecimal("65000.00"), null, null, new BigDecimal("12.5"), null);
        assertThat(assembler.onMiniTicker(down).orElseThrow().change24hPct()).isEqualTo(new BigDecimal("-1.538"));

        BinanceMiniTicker zero = new BinanceMiniTicker("24hrMiniTicker", 2L, "BTCUSDT", BigDecimal.ZERO,
                new BigDecimal("65000.00"), null, null, BigDecimal.ONE, null);
        assertThatThrownBy(() -> assembler.onMiniTicker(zero)).isInstanceOf(IllegalArgumentException.class);
    }
}

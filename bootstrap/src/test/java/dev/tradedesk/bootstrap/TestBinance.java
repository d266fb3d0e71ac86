package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import dev.tradedesk.adapter.binance.fake.FakeSymbol;
import dev.tradedesk.adapter.binance.fake.FakeTicker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The fake Binance every application test talks to (REST and stream), started once per test JVM. It
 * lists {@link #SYMBOLS} and behaves like a live market: each symbol's current price is published on
 * the stream every {@value #REPUBLISH_MILLIS} ms and served by REST with the current time, so prices
 * stay fresh for as long as a test runs. {@link #setPrice} changes a price at once, everywhere.
 */
public final class TestBinance {

    /** Symbol, base asset, starting price. */
    public static final List<String[]> SYMBOLS = List.of(
            new String[] {"BTCUSDT", "BTC", "64000.00"},
            new String[] {"ETHUSDT", "ETH", "3000.00"},
            new String[] {"BNBUSDT", "BNB", "600.00"},
            new String[] {"SOLUSDT", "SOL", "150.00"});

    /** Listed and tradable, but its only price is a minute old: never fresh. */
    public static final String STALE_SYMBOL = "STALEUSDT";

    /** The comma-separated stream symbols the application follows in tests. */
    public static final String STREAM_SYMBOLS = "BTCUSDT,ETHUSDT,BNBUSDT,SOLUSDT";

    private static final long REPUBLISH_MILLIS = 1000;
    private static final FakeBinanceServer SERVER = FakeBinanceServer.start();
    private static final Map<String, String> PRICES = new ConcurrentHashMap<>();
    private static volatile boolean live = true;

    static {
        for (String[] symbol : SYMBOLS) {
            SERVER.listSymbol(FakeSymbol.trading(symbol[0], symbol[1], "USDT"));
            setPrice(symbol[0], symbol[2]);
        }
        SERVER.listSymbol(FakeSymbol.trading(STALE_SYMBOL, "STALE", "USDT"));
        SERVER.setTicker(new FakeTicker(STALE_SYMBOL, "1.00", "0.000", "1000.00000000", "0.99", "1.00",
                System.currentTimeMillis() - 60_000));
        ScheduledExecutorService market = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "test-binance-market");
            thread.setDaemon(true);
            return thread;
        });
        market.scheduleWithFixedDelay(TestBinance::republish, REPUBLISH_MILLIS, REPUBLISH_MILLIS, TimeUnit.MILLISECONDS);
    }

    private TestBinance() {
    }

    public static FakeBinanceServer server() {
        return SERVER;
    }

    /** Sets {@code symbol}'s price on REST and publishes it on the stream now. */
    public static synchronized void setPrice(String symbol, String price) {
        PRICES.put(symbol, price);
        SERVER.setTicker(ticker(symbol, price));
        SERVER.publishMiniTicker(symbol, price, price, "1000.00000000");
        SERVER.publishBookTicker(symbol, bid(price), price);
    }

    /** Stops (false) or resumes (true) the market's heartbeat: without it prices go stale after the limit. */
    public static void setLive(boolean on) {
        live = on;
    }

    private static synchronized void republish() {
        if (!live) {
            return;
        }
        PRICES.forEach((symbol, price) -> {
            SERVER.setTicker(ticker(symbol, price));
            SERVER.publishMiniTicker(symbol, price, price, "1000.00000000");
        });
    }

    private static FakeTicker ticker(String symbol, String price) {
        return new FakeTicker(symbol, price, "0.000", "1000.00000000", bid(price), price, System.currentTimeMillis());
    }

    private static String bid(String price) {
        BigDecimal value = new BigDecimal(price);
        return value.subtract(value.ulp()).toPlainString();
    }
}

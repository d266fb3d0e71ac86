package dev.tradedesk.adapter.binance.fake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The fake Binance as a process, for the ticker benchmark (bench/run, figure 5): lists {@link #SYMBOLS}
 * (the first {@code count}) in {@code exchangeInfo} with their 24-hour tickers, and publishes
 * {@code ticksPerSecond} mini tickers per second over them on the combined stream
 * ({@link FakeBinanceServer#startTicking}) until the process is stopped.
 *
 * <p>{@code java -cp ... dev.tradedesk.adapter.binance.fake.FakeBinanceBench <urls file> [count] [ticksPerSecond]}
 * writes {@code rest=<url>}, {@code ws=<url>} and {@code symbols=<a,b,...>} lines to the file once it
 * serves, then a line of counters to standard output every 10 seconds.
 */
public final class FakeBinanceBench {

    /** Fifty USDT pairs, the most traded first. */
    public static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT",
            "DOGEUSDT", "ADAUSDT", "TRXUSDT", "AVAXUSDT", "LINKUSDT", "DOTUSDT", "LTCUSDT", "BCHUSDT", "NEARUSDT",
            "UNIUSDT", "ATOMUSDT", "XLMUSDT", "ETCUSDT", "FILUSDT", "APTUSDT", "ARBUSDT", "OPUSDT", "SUIUSDT",
            "INJUSDT", "AAVEUSDT", "MKRUSDT", "ALGOUSDT", "VETUSDT", "ICPUSDT", "HBARUSDT", "SANDUSDT",
            "MANAUSDT", "AXSUSDT", "EGLDUSDT", "THETAUSDT", "FETUSDT", "GRTUSDT", "RUNEUSDT", "CRVUSDT",
            "SNXUSDT", "LDOUSDT", "STXUSDT", "IMXUSDT", "KAVAUSDT", "ZECUSDT", "DASHUSDT", "NEOUSDT", "EOSUSDT",
            "XTZUSDT", "CHZUSDT");

    private FakeBinanceBench() {
    }

    /** A server listing the first {@code count} of {@link #SYMBOLS}, each with a ticker as of now. */
    public static FakeBinanceServer serve(int count) {
        if (count < 1 || count > SYMBOLS.size()) {
            throw new IllegalArgumentException("between 1 and " + SYMBOLS.size() + " symbols: " + count);
        }
        FakeBinanceServer server = FakeBinanceServer.start();
        long now = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            String symbol = SYMBOLS.get(i);
            server.listSymbol(FakeSymbol.trading(symbol, symbol.substring(0, symbol.length() - 4), "USDT"));
            // prices spread over several magnitudes, with 8 decimals as Binance sends them
            BigDecimal price = BigDecimal.valueOf(1000 + 37L * i * i, 2 + i % 5).setScale(8);
            BigDecimal half = price.multiply(new BigDecimal("0.00005")).setScale(8, java.math.RoundingMode.HALF_EVEN);
            server.setTicker(new FakeTicker(symbol, price.toPlainString(), "1.250", "1000.00000000",
                    price.subtract(half).toPlainString(), price.add(half).toPlainString(), now));
        }
        return server;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: FakeBinanceBench <urls file> [symbols, 50] [ticks per second, 100]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : SYMBOLS.size();
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        FakeBinanceServer server = serve(count);
        FakeBinanceServer.Ticking ticking = server.startTicking(SYMBOLS.subList(0, count), rate);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ticking.close();
            server.close();
            stopped.countDown();
        }, "fake-binance-stop"));
        List<String> lines = new ArrayList<>();
        lines.add("rest=" + server.baseUrl());
        lines.add("ws=" + server.wsUrl());
        lines.add("symbols=" + String.join(",", SYMBOLS.subList(0, count)));
        Path partial = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("fake Binance: " + String.join(" ", lines.subList(0, 2)) + ", " + count + " symbols, "
                + rate + " mini tickers/s");
        while (!stopped.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            System.out.println("published=" + ticking.published() + " late=" + ticking.lateTicks()
                    + " stream_connections_open=" + server.openStreamConnections());
        }
    }
}

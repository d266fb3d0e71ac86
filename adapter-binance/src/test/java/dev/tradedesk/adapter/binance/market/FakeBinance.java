package dev.tradedesk.adapter.binance.market;

import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builds sources on a {@link FakeBinanceServer} with test-sized timeouts and a recording sleeper. */
final class FakeBinance {

    private FakeBinance() {
    }

    /** 1 s connect, 1 s per request, 3 attempts from 10 ms capped at 40 ms, 80% of 6000 weight. */
    static BinanceSettings settings(URI baseUrl) {
        return new BinanceSettings(baseUrl, Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofMillis(10),
                Duration.ofMillis(40), Duration.ofSeconds(60), 6000, 80);
    }

    /** A sleeper that records the waits it is asked for and does not wait. */
    static final class RecordingSleeper implements BinanceHttp.Sleeper {

        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    static BinancePriceSource source(FakeBinanceServer server, Clock clock, RecordingSleeper sleeper) {
        return new BinancePriceSource(settings(server.baseUrl()), clock,
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(), sleeper);
    }
}

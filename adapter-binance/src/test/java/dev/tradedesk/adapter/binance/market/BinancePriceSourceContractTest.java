package dev.tradedesk.adapter.binance.market;

import dev.tradedesk.adapter.binance.fake.FakeBinanceServer;
import dev.tradedesk.adapter.binance.fake.FakeSymbol;
import dev.tradedesk.adapter.binance.fake.FakeTicker;
import dev.tradedesk.application.market.PriceSourceContract;
import dev.tradedesk.application.market.port.out.PriceSource;
import dev.tradedesk.domain.market.LotSize;
import dev.tradedesk.domain.market.PriceFilter;
import dev.tradedesk.domain.market.PriceTick;
import dev.tradedesk.domain.market.SymbolInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The {@link PriceSource} contract on {@link BinancePriceSource} against the fake Binance server. */
class BinancePriceSourceContractTest extends PriceSourceContract {

    private FakeBinanceServer fake;

    @Override
    protected PriceSource newSource(List<SymbolInfo> symbols, List<PriceTick> ticks) {
        fake = FakeBinanceServer.start();
        for (SymbolInfo info : symbols) {
            Optional<PriceFilter> price = info.priceFilter();
            Optional<LotSize> lot = info.lotSize();
            fake.listSymbol(new FakeSymbol(info.symbol().value(), info.status().name(), info.baseAsset(),
                    info.quoteAsset(), text(price.map(PriceFilter::tickSize)), text(price.map(PriceFilter::minPrice)),
                    text(price.map(PriceFilter::maxPrice)), text(lot.map(LotSize::stepSize)),
                    text(lot.map(LotSize::minQty)), text(lot.map(LotSize::maxQty)), text(info.minNotional())));
        }
        for (PriceTick tick : ticks) {
            fake.setTicker(new FakeTicker(tick.symbol().value(), tick.price().toPlainString(),
                    tick.change24hPct().toPlainString(), tick.volume24h().toPlainString(),
                    tick.bid().map(BigDecimal::toPlainString).orElse("0.00000000"),
                    tick.ask().map(BigDecimal::toPlainString).orElse("0.00000000"), tick.asOf().toEpochMilli()));
        }
        return new BinancePriceSource(FakeBinance.settings(fake.baseUrl()), Clock.systemUTC());
    }

    private static String text(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }

    @AfterEach
    void stopFake() {
        if (fake != null) {
            fake.close();
        }
    }
}

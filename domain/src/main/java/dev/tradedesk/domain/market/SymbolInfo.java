package dev.tradedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the exchange says about one symbol: its assets, its status and the trading filters TradeDesk
 * applies (Binance {@code PRICE_FILTER}, {@code LOT_SIZE} and {@code NOTIONAL}, or the older
 * {@code MIN_NOTIONAL}). Every filter is optional on the exchange, so here too.
 */
public record SymbolInfo(Symbol symbol, String baseAsset, String quoteAsset, SymbolStatus status,
        Optional<PriceFilter> priceFilter, Optional<LotSize> lotSize, Optional<BigDecimal> minNotional) {

    public SymbolInfo {
        Objects.requireNonNull(symbol, "symbol");
        requireAsset(baseAsset, "baseAsset");
        requireAsset(quoteAsset, "quoteAsset");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priceFilter, "priceFilter");
        Objects.requireNonNull(lotSize, "lotSize");
        Objects.requireNonNull(minNotional, "minNotional");
        minNotional.ifPresent(value -> Decimals.requireNonNegative(value, "minNotional"));
    }

    private static void requireAsset(String asset, String name) {
        if (asset == null || asset.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    public boolean isTradable() {
        return status.isTradable();
    }
}

package dev.tradedesk.adapter.binance.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A symbol as {@link FakeBinanceServer} lists it in {@code exchangeInfo}; decimals are Binance's
 * strings. A null filter value leaves that filter out.
 */
public record FakeSymbol(String symbol, String status, String baseAsset, String quoteAsset, String tickSize,
        String minPrice, String maxPrice, String stepSize, String minQty, String maxQty, String minNotional) {

    /** A TRADING symbol with the filter values of Binance's filters.md samples. */
    public static FakeSymbol trading(String symbol, String baseAsset, String quoteAsset) {
        return new FakeSymbol(symbol, "TRADING", baseAsset, quoteAsset, "0.00000100", "0.00000100",
                "100000.00000000", "0.00100000", "0.00100000", "100000.00000000", "10.00000000");
    }

    /** The entry in the layout of composed_exchangeInfo_symbol_with_notional_filters.json. */
    Map<String, Object> toWire() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("symbol", symbol);
        map.put("status", status);
        map.put("baseAsset", baseAsset);
        map.put("baseAssetPrecision", 8);
        map.put("quoteAsset", quoteAsset);
        map.put("quotePrecision", 8);
        map.put("quoteAssetPrecision", 8);
        map.put("baseCommissionPrecision", 8);
        map.put("quoteCommissionPrecision", 8);
        map.put("orderTypes", List.of("LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"));
        map.put("icebergAllowed", true);
        map.put("ocoAllowed", true);
        map.put("otoAllowed", true);
        map.put("opoAllowed", true);
        map.put("quoteOrderQtyMarketAllowed", true);
        map.put("allowTrailingStop", true);
        map.put("cancelReplaceAllowed", true);
        map.put("amendAllowed", false);
        map.put("pegInstructionsAllowed", true);
        map.put("isSpotTradingAllowed", true);
        map.put("isMarginTradingAllowed", true);
        List<Map<String, Object>> filters = new ArrayList<>();
        if (tickSize != null) {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("filterType", "PRICE_FILTER");
            filter.put("minPrice", minPrice);
            filter.put("maxPrice", maxPrice);
            filter.put("tickSize", tickSize);
            filters.add(filter);
        }
        if (stepSize != null) {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("filterType", "LOT_SIZE");
            filter.put("minQty", minQty);
            filter.put("maxQty", maxQty);
            filter.put("stepSize", stepSize);
            filters.add(filter);
        }
        if (minNotional != null) {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("filterType", "NOTIONAL");
            filter.put("minNotional", minNotional);
            filter.put("applyMinToMarket", false);
            filter.put("maxNotional", "9000000.00000000");
            filter.put("applyMaxToMarket", false);
            filter.put("avgPriceMins", 5);
            filters.add(filter);
        }
        map.put("filters", filters);
        map.put("permissions", List.of());
        map.put("permissionSets", List.of(List.of("SPOT", "MARGIN")));
        map.put("defaultSelfTradePreventionMode", "NONE");
        map.put("allowedSelfTradePreventionModes", List.of("NONE"));
        return map;
    }
}

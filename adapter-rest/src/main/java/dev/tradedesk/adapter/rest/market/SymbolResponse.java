package dev.tradedesk.adapter.rest.market;

/** One tradable symbol (API.md "Market data"). */
public record SymbolResponse(String symbol, String baseAsset, String quoteAsset, String status) {
}

/**
 * Binance Spot market data: REST behind {@link dev.tradedesk.application.market.port.out.PriceSource}
 * ({@link dev.tradedesk.adapter.binance.market.BinancePriceSource}), the combined WebSocket stream behind
 * {@link dev.tradedesk.application.market.port.out.TickerFeed}
 * ({@link dev.tradedesk.adapter.binance.market.BinanceTickerFeed}), their settings, the stream parser and
 * tick assembler, and the {@code Binance*} wire records of the documented payloads.
 */
package dev.tradedesk.adapter.binance.market;

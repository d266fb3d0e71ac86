/**
 * Binance Spot REST market data behind {@link dev.tradedesk.application.market.port.out.PriceSource}:
 * {@link dev.tradedesk.adapter.binance.market.BinancePriceSource}, its settings, and the
 * {@code Binance*} wire records of the documented payloads.
 */
package dev.tradedesk.adapter.binance.market;

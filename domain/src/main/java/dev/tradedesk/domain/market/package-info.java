/**
 * Market data as the domain sees it: {@link dev.tradedesk.domain.market.Symbol},
 * {@link dev.tradedesk.domain.market.SymbolInfo} with its trading filters and
 * {@link dev.tradedesk.domain.market.PriceTick}. Exchange-neutral; Binance's wire formats stay in
 * adapter-binance.
 */
package dev.tradedesk.domain.market;

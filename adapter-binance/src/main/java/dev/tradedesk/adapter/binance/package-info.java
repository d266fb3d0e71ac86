/**
 * Binance Spot market data: REST over the JDK's {@code java.net.http.HttpClient} and (next) the
 * combined WebSocket stream, parsed in Binance's documented wire formats ({@code Binance*} types),
 * behind the application's {@code PriceSource} and {@code TickerFeed} ports. The REST side is in
 * {@link dev.tradedesk.adapter.binance.market}.
 */
package dev.tradedesk.adapter.binance;

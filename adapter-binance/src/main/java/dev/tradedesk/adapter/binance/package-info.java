/**
 * Binance Spot market data: REST over the JDK's {@code java.net.http.HttpClient} and the combined
 * WebSocket stream, parsed in Binance's documented wire formats ({@code Binance*} types), behind the
 * application's {@code PriceSource} and {@code TickerFeed} ports. Arrives with the market-data issue.
 */
package dev.tradedesk.adapter.binance;

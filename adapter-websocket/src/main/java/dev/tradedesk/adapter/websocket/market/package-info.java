/**
 * The live ticker, {@code /ws/ticker}: handshake authentication ({@link TickerHandshakeInterceptor}),
 * the client protocol ({@link TickerWebSocketHandler}, {@code *Message} types on the wire), and the
 * subscription hub ({@link TickerHub}) that fans each tick out to its symbol's subscribers, conflated
 * per subscriber ({@link TickerConnection}). Design notes: {@code docs/ticker.md}.
 */
package dev.tradedesk.adapter.websocket.market;

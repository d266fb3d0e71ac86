/**
 * The {@code /ws/ticker} endpoint: authenticated subscriptions, per-subscriber conflation and limits,
 * fed by the application's ticker ports ({@code *Message} types on the wire). Arrives with the
 * live-ticker issue.
 */
package dev.tradedesk.adapter.websocket;

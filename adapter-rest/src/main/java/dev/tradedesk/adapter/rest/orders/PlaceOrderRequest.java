package dev.tradedesk.adapter.rest.orders;

import dev.tradedesk.adapter.rest.common.DecimalInput;

/** POST /orders: {@code quantity} as a decimal string or a JSON number. */
public record PlaceOrderRequest(String symbol, String side, DecimalInput quantity) {
}

package dev.tradedesk.adapter.rest.wallets;

import dev.tradedesk.adapter.rest.common.DecimalInput;

/** POST /users/{id}/wallet/credits: {@code amount} as a decimal string or a JSON number. */
public record CreditRequest(String asset, DecimalInput amount) {
}

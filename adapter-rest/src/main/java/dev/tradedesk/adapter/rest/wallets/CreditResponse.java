package dev.tradedesk.adapter.rest.wallets;

import java.time.Instant;
import java.util.UUID;

/** A posted credit: its ledger journal id, what was added, and the wallet's free balance afterwards. */
public record CreditResponse(UUID id, UUID userId, String asset, String amount, String balance, Instant createdAt) {
}

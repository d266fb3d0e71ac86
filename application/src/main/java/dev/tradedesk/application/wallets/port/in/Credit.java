package dev.tradedesk.application.wallets.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A credit posted to a wallet: the id of its ledger journal, what was added, and the cash afterwards. */
public record Credit(UUID id, UUID userId, String asset, BigDecimal amount, BigDecimal balance, Instant createdAt) {
}

package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.common.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One balanced transaction of a wallet's ledger: its entries sum to zero in every asset (double entry),
 * so nothing is created or lost, only moved between accounts. {@code orderId} is the order it carries
 * out, or null (funding, credits).
 */
public record Journal(UUID id, UUID userId, UUID orderId, String description, List<LedgerEntry> entries, Instant at) {

    public Journal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(description, "description");
        entries = List.copyOf(entries);
        at = Timestamps.stored(Objects.requireNonNull(at, "at"));
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a journal has at least two entries");
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        entries.forEach(e -> sums.merge(e.asset(), e.amount(), BigDecimal::add));
        sums.forEach((asset, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalArgumentException("journal does not balance in " + asset + ": " + sum);
            }
        });
    }

    /** Money from outside (a starting balance, a credit) into the user's cash. */
    public static Journal funding(UUID id, UUID userId, String asset, BigDecimal amount, String description, Instant at) {
        return new Journal(id, userId, null, description, List.of(
                new LedgerEntry(LedgerAccount.CASH, asset, amount),
                new LedgerEntry(LedgerAccount.EXTERNAL, asset, amount.negate())), at);
    }
}

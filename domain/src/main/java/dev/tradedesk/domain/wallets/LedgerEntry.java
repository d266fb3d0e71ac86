package dev.tradedesk.domain.wallets;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a journal: {@code amount} of {@code asset} added to (or, negative, taken from) an account. */
public record LedgerEntry(LedgerAccount account, String asset, BigDecimal amount) {

    public LedgerEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("a ledger entry moves something");
        }
    }
}

package dev.tradedesk.application.wallets.port.out;

import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.LedgerAccount;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The wallets' double-entry ledger. Posting a journal stores its entries and applies each entry of a
 * user's account to that account's balance, in the same transaction; so the balances are always the
 * sums of the ledger. A balance that would go below zero fails the posting (the store enforces it too).
 * Writes expect a surrounding transaction.
 */
public interface Ledger {

    /**
     * @throws NegativeBalanceException when an entry would take one of the user's balances below zero;
     *                                   the surrounding transaction must then be rolled back
     */
    void post(Journal journal);

    /** The sum of the entries of each of the user's accounts, per account and asset ({@code account/asset}). */
    Map<String, BigDecimal> sums(UUID userId);

    /** The key {@link #sums} uses. */
    static String key(LedgerAccount account, String asset) {
        return account.key() + "/" + asset;
    }
}

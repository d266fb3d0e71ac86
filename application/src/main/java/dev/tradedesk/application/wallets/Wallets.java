package dev.tradedesk.application.wallets;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.common.Ids;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.Wallet;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Wallets created on first use: the first call for a user creates the wallet and posts the starting
 * balance as a funding journal, in one short transaction of its own (concurrent first calls create one
 * wallet). Used by the wallet views and by orders before their SERIALIZABLE transaction.
 */
public final class Wallets {

    private final WalletRepository wallets;
    private final Ledger ledger;
    private final TransactionRunner tx;
    private final WalletSettings settings;
    private final Clock clock;

    public Wallets(WalletRepository wallets, Ledger ledger, TransactionRunner tx, WalletSettings settings, Clock clock) {
        this.wallets = wallets;
        this.ledger = ledger;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    public WalletSettings settings() {
        return settings;
    }

    /**
     * The user's wallet, created and funded first if the user has none.
     *
     * @throws NotFoundException when the user does not exist
     */
    public Wallet ensure(UUID userId) {
        return wallets.find(userId).orElseGet(() -> tx.inTransaction(() -> {
            Instant now = clock.instant();
            if (wallets.createIfAbsent(userId, settings.currency(), now) && settings.startingBalance().signum() > 0) {
                ledger.post(Journal.funding(Ids.newId(clock), userId, settings.currency(), settings.startingBalance(),
                        "starting balance", now));
            }
            return wallets.find(userId).orElseThrow(() -> new NotFoundException("User"));
        }));
    }
}

package dev.tradedesk.application.wallets;

import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import java.util.UUID;

class InMemoryWalletsTest extends WalletStoreContract {

    private final InMemoryWallets store = new InMemoryWallets();

    @Override
    protected WalletRepository wallets() {
        return store;
    }

    @Override
    protected Ledger ledger() {
        return store;
    }

    @Override
    protected UUID newUser() {
        UUID id = UUID.randomUUID();
        store.addUser(id);
        return id;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}

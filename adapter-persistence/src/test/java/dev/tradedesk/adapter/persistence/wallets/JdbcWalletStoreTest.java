package dev.tradedesk.adapter.persistence.wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.application.wallets.WalletStoreContract;
import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Also holds that the database itself refuses negative balances, whatever the code does. */
class JdbcWalletStoreTest extends WalletStoreContract {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcWalletRepository wallets = new JdbcWalletRepository(db.jdbc());
    private final JdbcLedger ledger = new JdbcLedger(db.template());

    @Override
    protected WalletRepository wallets() {
        return wallets;
    }

    @Override
    protected Ledger ledger() {
        return ledger;
    }

    @Override
    protected UUID newUser() {
        UUID id = UUID.randomUUID();
        db.jdbc().sql("insert into users (id, email, created_at, updated_at) values (:id, :email, now(), now())")
                .param("id", id)
                .param("email", "wallet-" + id + "@example.com")
                .update();
        return id;
    }

    @Override
    protected void inTransaction(Runnable work) {
        db.tx().inTransaction(work);
    }

    @Test
    void the_database_refuses_negative_balances_and_positions() {
        UUID user = newUser();
        wallets.createIfAbsent(user, "USDT", Instant.now());
        for (String sql : new String[] {
                "insert into wallet_balances (user_id, asset, free) values (:user, 'USDT', -1)",
                "insert into positions (user_id, symbol, asset, quantity) values (:user, 'BTCUSDT', 'BTC', -0.1)",
                "insert into short_positions (user_id, symbol, asset, quantity) values (:user, 'BTCUSDT', 'BTC', -0.1)",
                "insert into short_positions (user_id, symbol, asset, collateral) values (:user, 'ETHUSDT', 'ETH', -5)"}) {
            assertThatThrownBy(() -> db.jdbc().sql(sql).param("user", user).update()).as(sql)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(db.jdbc().sql("select count(*) from wallet_balances where user_id = :user").param("user", user)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void deleting_the_user_deletes_the_wallet_and_its_ledger() {
        UUID user = newUser();
        new dev.tradedesk.application.wallets.Wallets(wallets, ledger, db.tx(),
                dev.tradedesk.application.wallets.WalletSettings.DEFAULT, java.time.Clock.systemUTC()).ensure(user);
        db.jdbc().sql("delete from users where id = :user").param("user", user).update();
        assertThat(wallets.find(user)).isEmpty();
        assertThat(ledger.sums(user)).isEmpty();
    }
}

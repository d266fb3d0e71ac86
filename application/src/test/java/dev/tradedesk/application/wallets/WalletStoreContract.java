package dev.tradedesk.application.wallets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.NegativeBalanceException;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.LedgerAccount;
import dev.tradedesk.domain.wallets.LedgerEntry;
import dev.tradedesk.domain.wallets.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link WalletRepository} with its {@link Ledger} must do; each implementation's test extends this. */
public abstract class WalletStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Symbol BTC = new Symbol("BTCUSDT");

    protected abstract WalletRepository wallets();

    protected abstract Ledger ledger();

    /** A new user with no wallet. */
    protected abstract UUID newUser();

    /** Runs work as the application does: in one transaction, rolled back when it throws. */
    protected abstract void inTransaction(Runnable work);

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private UUID walletWith(String cash) {
        UUID user = newUser();
        inTransaction(() -> {
            assertThat(wallets().createIfAbsent(user, "USDT", NOW)).isTrue();
            ledger().post(Journal.funding(UUID.randomUUID(), user, "USDT", dec(cash), "starting balance", NOW));
        });
        return user;
    }

    @Test
    void creates_one_wallet_per_existing_user() {
        UUID user = newUser();
        inTransaction(() -> assertThat(wallets().createIfAbsent(user, "USDT", NOW)).isTrue());
        inTransaction(() -> assertThat(wallets().createIfAbsent(user, "USDT", NOW)).isFalse());
        Wallet wallet = wallets().find(user).orElseThrow();
        assertThat(wallet.currency()).isEqualTo("USDT");
        assertThat(wallet.cash()).isZero();
        assertThat(wallet.positions()).isEmpty();
        assertThat(wallet.shorts()).isEmpty();
        assertThat(wallet.createdAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));

        UUID stranger = UUID.randomUUID();
        inTransaction(() -> assertThat(wallets().createIfAbsent(stranger, "USDT", NOW)).isFalse());
        assertThat(wallets().find(stranger)).isEmpty();
        assertThat(wallets().userExists(stranger)).isFalse();
        assertThat(wallets().userExists(user)).isTrue();
    }

    @Test
    void balances_are_the_sums_of_the_posted_entries() {
        UUID user = walletWith("1000");
        Journal buy = new Journal(UUID.randomUUID(), user, null, "buy", List.of(
                new LedgerEntry(LedgerAccount.CASH, "USDT", dec("-600.6")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "USDT", dec("600")),
                new LedgerEntry(LedgerAccount.FEES, "USDT", dec("0.6")),
                new LedgerEntry(LedgerAccount.position(BTC), "BTC", dec("0.01")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "BTC", dec("-0.01"))), NOW);
        Journal sellShort = new Journal(UUID.randomUUID(), user, null, "short", List.of(
                new LedgerEntry(LedgerAccount.CASH, "USDT", dec("-150.15")),
                new LedgerEntry(LedgerAccount.collateral(BTC), "USDT", dec("450")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "USDT", dec("-300")),
                new LedgerEntry(LedgerAccount.FEES, "USDT", dec("0.15")),
                new LedgerEntry(LedgerAccount.shortOf(BTC), "BTC", dec("0.005")),
                new LedgerEntry(LedgerAccount.LENDER, "BTC", dec("-0.005"))), NOW);
        inTransaction(() -> {
            ledger().post(buy);
            wallets().setAveragePrice(user, BTC, dec("60000"));
        });
        inTransaction(() -> {
            ledger().post(sellShort);
            wallets().setEntryPrice(user, BTC, dec("60000"));
        });

        Wallet wallet = wallets().find(user).orElseThrow();
        assertThat(wallet.cash()).isEqualByComparingTo("249.25");
        assertThat(wallet.positions()).singleElement().satisfies(p -> {
            assertThat(p.symbol()).isEqualTo(BTC);
            assertThat(p.asset()).isEqualTo("BTC");
            assertThat(p.quantity()).isEqualByComparingTo("0.01");
            assertThat(p.averagePrice()).isEqualByComparingTo("60000");
        });
        assertThat(wallet.shorts()).singleElement().satisfies(s -> {
            assertThat(s.quantity()).isEqualByComparingTo("0.005");
            assertThat(s.entryPrice()).isEqualByComparingTo("60000");
            assertThat(s.collateral()).isEqualByComparingTo("450");
        });
        assertThat(wallet.locked()).isEqualByComparingTo("450");
        var sums = ledger().sums(user);
        assertThat(sums.get(Ledger.key(LedgerAccount.CASH, "USDT"))).isEqualByComparingTo("249.25");
        assertThat(sums.get(Ledger.key(LedgerAccount.position(BTC), "BTC"))).isEqualByComparingTo("0.01");
        assertThat(sums.get(Ledger.key(LedgerAccount.collateral(BTC), "USDT"))).isEqualByComparingTo("450");
        assertThat(sums.get(Ledger.key(LedgerAccount.EXTERNAL, "USDT"))).isEqualByComparingTo("-1000");
    }

    @Test
    void refuses_a_posting_that_takes_a_balance_below_zero_and_changes_nothing() {
        UUID user = walletWith("100");
        Journal overdraft = new Journal(UUID.randomUUID(), user, null, "too much", List.of(
                new LedgerEntry(LedgerAccount.CASH, "USDT", dec("-100.00000001")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "USDT", dec("100.00000001"))), NOW);
        assertThatThrownBy(() -> inTransaction(() -> ledger().post(overdraft)))
                .isInstanceOf(NegativeBalanceException.class);
        Journal oversell = new Journal(UUID.randomUUID(), user, null, "sell what is not held", List.of(
                new LedgerEntry(LedgerAccount.position(BTC), "BTC", dec("-0.1")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "BTC", dec("0.1"))), NOW);
        assertThatThrownBy(() -> inTransaction(() -> ledger().post(oversell)))
                .isInstanceOf(NegativeBalanceException.class);

        assertThat(wallets().find(user).orElseThrow().cash()).isEqualByComparingTo("100");
        assertThat(wallets().find(user).orElseThrow().positions()).isEmpty();
        assertThat(ledger().sums(user)).hasSize(2);
    }

    @Test
    void a_closed_position_is_no_longer_listed() {
        UUID user = walletWith("10");
        inTransaction(() -> ledger().post(new Journal(UUID.randomUUID(), user, null, "buy", List.of(
                new LedgerEntry(LedgerAccount.position(BTC), "BTC", dec("1")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "BTC", dec("-1"))), NOW)));
        inTransaction(() -> ledger().post(new Journal(UUID.randomUUID(), user, null, "sell", List.of(
                new LedgerEntry(LedgerAccount.position(BTC), "BTC", dec("-1")),
                new LedgerEntry(LedgerAccount.EXCHANGE, "BTC", dec("1"))), NOW)));
        assertThat(wallets().find(user).orElseThrow().positions()).isEmpty();
    }
}

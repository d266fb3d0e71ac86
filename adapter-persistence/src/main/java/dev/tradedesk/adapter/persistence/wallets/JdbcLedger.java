package dev.tradedesk.adapter.persistence.wallets;

import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.NegativeBalanceException;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.LedgerAccount;
import dev.tradedesk.domain.wallets.LedgerEntry;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger in {@code ledger_entries}; each entry of a user's account is applied, in the same
 * statement sequence, to its balance: {@code wallet_balances.free} (cash), {@code positions.quantity},
 * {@code short_positions.quantity} and {@code short_positions.collateral}. The tables' CHECK
 * constraints refuse a balance below zero; that refusal becomes {@link NegativeBalanceException}.
 */
public final class JdbcLedger implements Ledger {

    private static final String CHECK_VIOLATION = "23514";

    private final JdbcClient jdbc;

    public JdbcLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void post(Journal journal) {
        try {
            // Shorts before their collateral, so the short's row (with its base asset) exists first.
            journal.entries().stream()
                    .sorted(Comparator.comparing(entry -> entry.account().kind().ordinal()))
                    .forEach(entry -> apply(journal, entry));
        } catch (DataIntegrityViolationException e) {
            if (isCheckViolation(e)) {
                throw new NegativeBalanceException("journal " + journal.id() + " would take a balance below zero", e);
            }
            throw e;
        }
    }

    private void apply(Journal journal, LedgerEntry entry) {
        jdbc.sql("""
                insert into ledger_entries (journal_id, user_id, order_id, account, asset, amount, description, created_at)
                values (:journal, :user, :order, :account, :asset, :amount, :description, :at)
                """)
                .param("journal", journal.id())
                .param("user", journal.userId())
                .param("order", journal.orderId())
                .param("account", entry.account().key())
                .param("asset", entry.asset())
                .param("amount", entry.amount())
                .param("description", journal.description())
                .param("at", Timestamp.from(journal.at()))
                .update();
        LedgerAccount account = entry.account();
        if (!account.isUsers()) {
            return;
        }
        // The row is created at zero first: PostgreSQL checks an INSERT's row against the constraints
        // before ON CONFLICT could turn it into an update, so a first negative entry must fail on the update.
        String create;
        String update;
        switch (account.kind()) {
            case CASH -> {
                create = "insert into wallet_balances (user_id, asset) values (:user, :asset) on conflict do nothing";
                update = "update wallet_balances set free = free + :amount where user_id = :user and asset = :asset";
            }
            case POSITION -> {
                create = "insert into positions (user_id, symbol, asset) values (:user, :symbol, :asset) on conflict do nothing";
                update = "update positions set quantity = quantity + :amount where user_id = :user and symbol = :symbol";
            }
            case SHORT -> {
                create = "insert into short_positions (user_id, symbol, asset) values (:user, :symbol, :asset) on conflict do nothing";
                update = "update short_positions set quantity = quantity + :amount where user_id = :user and symbol = :symbol";
            }
            case COLLATERAL -> {
                create = null; // the short's own entry created its row (entries are applied shorts first)
                update = "update short_positions set collateral = collateral + :amount where user_id = :user and symbol = :symbol";
            }
            default -> throw new IllegalStateException("not a user's account: " + account);
        }
        if (create != null) {
            bind(jdbc.sql(create), journal, entry).update();
        }
        if (bind(jdbc.sql(update), journal, entry).param("amount", entry.amount()).update() != 1) {
            throw new NegativeBalanceException("no balance row for " + account + " of journal " + journal.id(), null);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Journal journal, LedgerEntry entry) {
        JdbcClient.StatementSpec bound = statement.param("user", journal.userId());
        if (entry.account().symbol() != null) {
            bound = bound.param("symbol", entry.account().symbol().value());
        }
        if (entry.account().kind() != LedgerAccount.Kind.COLLATERAL) {
            bound = bound.param("asset", entry.asset());
        }
        return bound;
    }

    @Override
    public Map<String, BigDecimal> sums(UUID userId) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        jdbc.sql("""
                select account, asset, sum(amount) as total from ledger_entries
                where user_id = :user group by account, asset order by account, asset
                """)
                .param("user", userId)
                .query(rs -> {
                    sums.put(Ledger.key(LedgerAccount.parse(rs.getString("account")), rs.getString("asset")),
                            rs.getBigDecimal("total"));
                });
        return sums;
    }

    private static boolean isCheckViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && CHECK_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

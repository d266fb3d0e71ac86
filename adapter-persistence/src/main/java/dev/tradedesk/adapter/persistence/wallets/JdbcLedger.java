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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger in {@code ledger_entries}; each entry of a user's account is applied, in the same
 * transaction, to its balance: {@code wallet_balances.free} (cash), {@code positions.quantity},
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
            insertEntries(journal);
            // Shorts before their collateral, so the short's row (with its base asset) exists first.
            journal.entries().stream()
                    .filter(entry -> entry.account().isUsers())
                    .sorted(Comparator.comparing(entry -> entry.account().kind().ordinal()))
                    .forEach(entry -> apply(journal, entry));
        } catch (DataIntegrityViolationException e) {
            if (isCheckViolation(e)) {
                throw new NegativeBalanceException("journal " + journal.id() + " would take a balance below zero", e);
            }
            throw e;
        }
    }

    /** All entries of the journal in one statement (one round trip), in the journal's order. */
    private void insertEntries(Journal journal) {
        List<LedgerEntry> entries = journal.entries();
        StringBuilder sql = new StringBuilder(
                "insert into ledger_entries (journal_id, user_id, order_id, account, asset, amount, description, created_at) values ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(:journal, :user, :order, :account").append(i).append(", :asset").append(i)
                    .append(", :amount").append(i).append(", :description, :at)");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("journal", journal.id())
                .param("user", journal.userId())
                .param("order", journal.orderId())
                .param("description", journal.description())
                .param("at", Timestamp.from(journal.at()));
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            statement = statement.param("account" + i, entry.account().key())
                    .param("asset" + i, entry.asset())
                    .param("amount" + i, entry.amount());
        }
        statement.update();
    }

    /**
     * Applies a user's entry to its balance in one statement: an amount above zero is added to the row,
     * created with it if missing (an INSERT's row is checked against the constraints before ON CONFLICT
     * could turn it into an update, so only a row that passes them on its own may be inserted); an amount
     * below zero is added to the existing row (no row: the balance would go below zero), and the CHECK
     * constraint refuses a result below zero. A collateral's row is always its short's (entries are
     * applied shorts first).
     */
    private void apply(Journal journal, LedgerEntry entry) {
        LedgerAccount account = entry.account();
        boolean add = entry.amount().signum() > 0;
        String sql;
        switch (account.kind()) {
            case CASH -> sql = add
                    ? "insert into wallet_balances (user_id, asset, free) values (:user, :asset, :amount) "
                            + "on conflict (user_id, asset) do update set free = wallet_balances.free + excluded.free"
                    : "update wallet_balances set free = free + :amount where user_id = :user and asset = :asset";
            case POSITION -> sql = add
                    ? "insert into positions (user_id, symbol, asset, quantity) values (:user, :symbol, :asset, :amount) "
                            + "on conflict (user_id, symbol) do update set quantity = positions.quantity + excluded.quantity"
                    : "update positions set quantity = quantity + :amount where user_id = :user and symbol = :symbol";
            case SHORT -> sql = add
                    ? "insert into short_positions (user_id, symbol, asset, quantity) values (:user, :symbol, :asset, :amount) "
                            + "on conflict (user_id, symbol) do update set quantity = short_positions.quantity + excluded.quantity"
                    : "update short_positions set quantity = quantity + :amount where user_id = :user and symbol = :symbol";
            case COLLATERAL -> sql =
                    "update short_positions set collateral = collateral + :amount where user_id = :user and symbol = :symbol";
            default -> throw new IllegalStateException("not a user's account: " + account);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("user", journal.userId()).param("amount", entry.amount());
        if (account.symbol() != null) {
            statement = statement.param("symbol", account.symbol().value());
        }
        if (account.kind() == LedgerAccount.Kind.CASH || (add && account.kind() != LedgerAccount.Kind.COLLATERAL)) {
            statement = statement.param("asset", entry.asset());
        }
        if (statement.update() != 1) {
            throw new NegativeBalanceException("no balance row for " + account + " of journal " + journal.id(), null);
        }
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

package dev.tradedesk.adapter.persistence.wallets;

import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.NegativeBalanceException;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.LedgerAccount;
import dev.tradedesk.domain.wallets.LedgerEntry;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger in {@code ledger_entries}; each entry of a user's account is applied, in the same
 * transaction, to its balance: {@code wallet_balances.free} (cash), {@code positions.quantity},
 * {@code short_positions.quantity} and {@code short_positions.collateral}. The tables' CHECK
 * constraints refuse a balance below zero; that refusal becomes {@link NegativeBalanceException}.
 *
 * <p>A journal is posted in one round trip: the insert of its entries and one statement per user-account
 * entry, sent together as one multi-statement query. PostgreSQL runs them one after the other, each
 * seeing the ones before it, exactly as if they were sent one by one; the first that fails ends the
 * rest and the transaction.
 */
public final class JdbcLedger implements Ledger {

    private static final String CHECK_VIOLATION = "23514";

    private final NamedParameterJdbcOperations jdbc;
    private final JdbcClient client;

    public JdbcLedger(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    @Override
    public void post(Journal journal) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("journal", journal.id())
                .addValue("user", journal.userId())
                .addValue("order", journal.orderId(), Types.OTHER) // a uuid, or null
                .addValue("description", journal.description())
                .addValue("at", Timestamp.from(journal.at()));
        StringBuilder sql = insertEntries(journal.entries(), params);
        // Shorts before their collateral, so the short's row (with its base asset) exists first.
        List<LedgerEntry> applied = journal.entries().stream()
                .filter(entry -> entry.account().isUsers())
                .sorted(Comparator.comparing(entry -> entry.account().kind().ordinal()))
                .toList();
        for (int i = 0; i < applied.size(); i++) {
            sql.append(";\n").append(apply(applied.get(i), i, params));
        }
        int[] counts;
        try {
            counts = jdbc.execute(sql.toString(), params, JdbcLedger::updateCounts);
        } catch (DataIntegrityViolationException e) {
            if (isCheckViolation(e)) {
                throw new NegativeBalanceException("journal " + journal.id() + " would take a balance below zero", e);
            }
            throw e;
        }
        if (counts == null || counts.length != applied.size() + 1 || counts[0] != journal.entries().size()) {
            throw new IllegalStateException("journal " + journal.id() + ": unexpected update counts "
                    + Arrays.toString(counts));
        }
        for (int i = 0; i < applied.size(); i++) {
            if (counts[i + 1] != 1) {
                throw new NegativeBalanceException("no balance row for " + applied.get(i).account() + " of journal "
                        + journal.id(), null);
            }
        }
    }

    /** All entries of the journal in one statement, in the journal's order. */
    private static StringBuilder insertEntries(List<LedgerEntry> entries, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(
                "insert into ledger_entries (journal_id, user_id, order_id, account, asset, amount, description, created_at) values ");
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            sql.append(i == 0 ? "" : ", ")
                    .append("(:journal, :user, :order, :account").append(i).append(", :asset").append(i)
                    .append(", :amount").append(i).append(", :description, :at)");
            params.addValue("account" + i, entry.account().key())
                    .addValue("asset" + i, entry.asset())
                    .addValue("amount" + i, entry.amount());
        }
        return sql;
    }

    /**
     * The statement that applies a user's entry (the {@code i}th applied) to its balance: an amount above
     * zero is added to the row, created with it if missing (an INSERT's row is checked against the
     * constraints before ON CONFLICT could turn it into an update, so only a row that passes them on its
     * own may be inserted); an amount below zero is added to the existing row (no row: the balance would
     * go below zero), and the CHECK constraint refuses a result below zero. A collateral's row is always
     * its short's (entries are applied shorts first).
     */
    private static String apply(LedgerEntry entry, int i, MapSqlParameterSource params) {
        LedgerAccount account = entry.account();
        boolean add = entry.amount().signum() > 0;
        String amount = ":applyAmount" + i;
        String asset = ":applyAsset" + i;
        String symbol = ":applySymbol" + i;
        params.addValue("applyAmount" + i, entry.amount()).addValue("applyAsset" + i, entry.asset());
        if (account.symbol() != null) {
            params.addValue("applySymbol" + i, account.symbol().value());
        }
        return switch (account.kind()) {
            case CASH -> add
                    ? "insert into wallet_balances (user_id, asset, free) values (:user, " + asset + ", " + amount + ") "
                            + "on conflict (user_id, asset) do update set free = wallet_balances.free + excluded.free"
                    : "update wallet_balances set free = free + " + amount + " where user_id = :user and asset = " + asset;
            case POSITION -> add
                    ? "insert into positions (user_id, symbol, asset, quantity) values (:user, " + symbol + ", " + asset
                            + ", " + amount + ") on conflict (user_id, symbol) "
                            + "do update set quantity = positions.quantity + excluded.quantity"
                    : "update positions set quantity = quantity + " + amount + " where user_id = :user and symbol = " + symbol;
            case SHORT -> add
                    ? "insert into short_positions (user_id, symbol, asset, quantity) values (:user, " + symbol + ", "
                            + asset + ", " + amount + ") on conflict (user_id, symbol) "
                            + "do update set quantity = short_positions.quantity + excluded.quantity"
                    : "update short_positions set quantity = quantity + " + amount
                            + " where user_id = :user and symbol = " + symbol;
            case COLLATERAL -> "update short_positions set collateral = collateral + " + amount
                    + " where user_id = :user and symbol = " + symbol;
            default -> throw new IllegalStateException("not a user's account: " + account);
        };
    }

    /** The update count of every statement of a multi-statement query, in order. */
    private static int[] updateCounts(PreparedStatement statement) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        boolean resultSet = statement.execute();
        while (true) {
            if (resultSet) {
                throw new IllegalStateException("a ledger statement returned rows");
            }
            int count = statement.getUpdateCount();
            if (count == -1) {
                break;
            }
            counts.add(count);
            resultSet = statement.getMoreResults();
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public Map<String, BigDecimal> sums(UUID userId) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        client.sql("""
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

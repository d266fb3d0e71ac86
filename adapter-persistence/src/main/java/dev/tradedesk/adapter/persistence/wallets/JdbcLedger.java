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
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcOperations;
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
 * rest and the transaction. Every order posts a journal, so the statement is built once per shape of
 * journal (its entries' count, and the kind and sign of each applied entry) and its parameters are set
 * by position.
 */
public final class JdbcLedger implements Ledger {

    private static final String CHECK_VIOLATION = "23514";
    private static final String INSERT_ENTRIES =
            "insert into ledger_entries (journal_id, user_id, order_id, account, asset, amount, description, created_at) values ";
    private static final String ENTRY_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?)";
    /** Statements kept per journal shape; the domain makes a handful of shapes, an embedder may make more. */
    private static final int MAX_SHAPES = 64;

    private final JdbcOperations jdbc;
    private final JdbcClient client;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    public JdbcLedger(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    @Override
    public void post(Journal journal) {
        List<LedgerEntry> entries = journal.entries();
        // Shorts before their collateral, so the short's row (with its base asset) exists first.
        List<LedgerEntry> applied = entries.stream()
                .filter(entry -> entry.account().isUsers())
                .sorted(Comparator.comparing(entry -> entry.account().kind().ordinal()))
                .toList();
        int[] counts;
        try {
            counts = jdbc.execute(statement(entries.size(), applied), (PreparedStatement ps) -> {
                bind(ps, journal, applied);
                return updateCounts(ps);
            });
        } catch (DataIntegrityViolationException e) {
            if (isCheckViolation(e)) {
                throw new NegativeBalanceException("journal " + journal.id() + " would take a balance below zero", e);
            }
            throw e;
        }
        if (counts == null || counts.length != applied.size() + 1 || counts[0] != entries.size()) {
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

    /** The statement for a journal of {@code entryCount} entries that applies {@code applied}, in order. */
    private String statement(int entryCount, List<LedgerEntry> applied) {
        StringBuilder shape = new StringBuilder().append(entryCount);
        for (LedgerEntry entry : applied) {
            shape.append(',').append(entry.account().kind().ordinal()).append(entry.amount().signum() > 0 ? '+' : '-');
        }
        String key = shape.toString();
        String sql = statements.get(key);
        if (sql == null) {
            sql = build(entryCount, applied);
            if (statements.size() < MAX_SHAPES) {
                statements.putIfAbsent(key, sql);
            }
        }
        return sql;
    }

    private static String build(int entryCount, List<LedgerEntry> applied) {
        StringBuilder sql = new StringBuilder(INSERT_ENTRIES);
        for (int i = 0; i < entryCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(ENTRY_VALUES);
        }
        for (LedgerEntry entry : applied) {
            sql.append(";\n").append(apply(entry.account().kind(), entry.amount().signum() > 0));
        }
        return sql.toString();
    }

    /**
     * The statement that applies a user's entry to its balance, parameters (user, amount, then the asset
     * and/or the symbol, see {@link #bind}): an amount above zero is added to the row, created with it if
     * missing (an INSERT's row is checked against the constraints before ON CONFLICT could turn it into an
     * update, so only a row that passes them on its own may be inserted); an amount below zero is added to
     * the existing row (no row: the balance would go below zero), and the CHECK constraint refuses a result
     * below zero. A collateral's row is always its short's (entries are applied shorts first).
     */
    private static String apply(LedgerAccount.Kind kind, boolean add) {
        return switch (kind) {
            case CASH -> add
                    ? "insert into wallet_balances (user_id, free, asset) values (?, ?, ?) "
                            + "on conflict (user_id, asset) do update set free = wallet_balances.free + excluded.free"
                    : "update wallet_balances set free = free + ? where user_id = ? and asset = ?";
            case POSITION -> add
                    ? "insert into positions (user_id, quantity, asset, symbol) values (?, ?, ?, ?) "
                            + "on conflict (user_id, symbol) do update set quantity = positions.quantity + excluded.quantity"
                    : "update positions set quantity = quantity + ? where user_id = ? and symbol = ?";
            case SHORT -> add
                    ? "insert into short_positions (user_id, quantity, asset, symbol) values (?, ?, ?, ?) "
                            + "on conflict (user_id, symbol) do update set quantity = short_positions.quantity + excluded.quantity"
                    : "update short_positions set quantity = quantity + ? where user_id = ? and symbol = ?";
            case COLLATERAL -> "update short_positions set collateral = collateral + ? where user_id = ? and symbol = ?";
            default -> throw new IllegalStateException("not a user's account kind: " + kind);
        };
    }

    /** The parameters of {@link #build}'s statement, in order. */
    private static void bind(PreparedStatement ps, Journal journal, List<LedgerEntry> applied) throws SQLException {
        int p = 1;
        Timestamp at = Timestamp.from(journal.at());
        for (LedgerEntry entry : journal.entries()) {
            ps.setObject(p++, journal.id());
            ps.setObject(p++, journal.userId());
            if (journal.orderId() == null) {
                ps.setNull(p++, Types.OTHER);
            } else {
                ps.setObject(p++, journal.orderId());
            }
            ps.setString(p++, entry.account().key());
            ps.setString(p++, entry.asset());
            ps.setBigDecimal(p++, entry.amount());
            ps.setString(p++, journal.description());
            ps.setTimestamp(p++, at);
        }
        for (LedgerEntry entry : applied) {
            LedgerAccount account = entry.account();
            boolean add = entry.amount().signum() > 0;
            if (add && account.kind() != LedgerAccount.Kind.COLLATERAL) { // an upsert: user, amount, asset[, symbol]
                ps.setObject(p++, journal.userId());
                ps.setBigDecimal(p++, entry.amount());
                ps.setString(p++, entry.asset());
                if (account.kind() != LedgerAccount.Kind.CASH) {
                    ps.setString(p++, account.symbol().value());
                }
            } else { // an update: amount, user, asset (cash) or symbol
                ps.setBigDecimal(p++, entry.amount());
                ps.setObject(p++, journal.userId());
                ps.setString(p++, account.kind() == LedgerAccount.Kind.CASH ? entry.asset() : account.symbol().value());
            }
        }
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

package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.market.Symbol;
import java.util.Objects;

/**
 * An account of a wallet's double-entry ledger. The user's own accounts carry balances that may never
 * go below zero: {@link Kind#CASH} (free cash of an asset), {@link Kind#POSITION} (base quantity held
 * of a symbol), {@link Kind#SHORT} (base quantity owed on a short of a symbol) and
 * {@link Kind#COLLATERAL} (quote cash locked for a short). The counterparties are
 * {@link Kind#EXTERNAL} (money entering from outside: starting balance, credits), {@link Kind#EXCHANGE}
 * (the market the orders fill against), {@link Kind#FEES} (fees charged) and {@link Kind#LENDER}
 * (who lends the quantity sold short); their sums have no floor.
 */
public record LedgerAccount(Kind kind, Symbol symbol) {

    public enum Kind {
        CASH(true, false), POSITION(true, true), SHORT(true, true), COLLATERAL(true, true),
        EXTERNAL(false, false), EXCHANGE(false, false), FEES(false, false), LENDER(false, false);

        private final boolean users;
        private final boolean perSymbol;

        Kind(boolean users, boolean perSymbol) {
            this.users = users;
            this.perSymbol = perSymbol;
        }
    }

    public static final LedgerAccount CASH = new LedgerAccount(Kind.CASH, null);
    public static final LedgerAccount EXTERNAL = new LedgerAccount(Kind.EXTERNAL, null);
    public static final LedgerAccount EXCHANGE = new LedgerAccount(Kind.EXCHANGE, null);
    public static final LedgerAccount FEES = new LedgerAccount(Kind.FEES, null);
    public static final LedgerAccount LENDER = new LedgerAccount(Kind.LENDER, null);

    public LedgerAccount {
        Objects.requireNonNull(kind, "kind");
        if (kind.perSymbol != (symbol != null)) {
            throw new IllegalArgumentException(kind + (kind.perSymbol ? " needs" : " takes no") + " symbol");
        }
    }

    public static LedgerAccount position(Symbol symbol) {
        return new LedgerAccount(Kind.POSITION, symbol);
    }

    public static LedgerAccount shortOf(Symbol symbol) {
        return new LedgerAccount(Kind.SHORT, symbol);
    }

    public static LedgerAccount collateral(Symbol symbol) {
        return new LedgerAccount(Kind.COLLATERAL, symbol);
    }

    /** Whether this is one of the user's own accounts, whose balance never goes below zero. */
    public boolean isUsers() {
        return kind.users;
    }

    /** The stored name: {@code cash}, {@code position:BTCUSDT}, ... */
    public String key() {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        return symbol == null ? name : name + ":" + symbol.value();
    }

    public static LedgerAccount parse(String key) {
        int colon = key.indexOf(':');
        Kind kind = Kind.valueOf((colon < 0 ? key : key.substring(0, colon)).toUpperCase(java.util.Locale.ROOT));
        return new LedgerAccount(kind, colon < 0 ? null : new Symbol(key.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return key();
    }
}

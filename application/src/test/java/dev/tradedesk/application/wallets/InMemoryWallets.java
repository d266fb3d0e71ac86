package dev.tradedesk.application.wallets;

import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.NegativeBalanceException;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.wallets.Journal;
import dev.tradedesk.domain.wallets.LedgerAccount;
import dev.tradedesk.domain.wallets.LedgerEntry;
import dev.tradedesk.domain.wallets.Position;
import dev.tradedesk.domain.wallets.ShortPosition;
import dev.tradedesk.domain.wallets.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link WalletRepository} and {@link Ledger} in memory, for application tests: a posting that would
 * take a balance below zero changes nothing and fails, as the database's constraints do.
 */
public class InMemoryWallets implements WalletRepository, Ledger {

    private record Head(String currency, Instant createdAt) {
    }

    private final Set<UUID> users = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Head> wallets = new ConcurrentHashMap<>();
    private final Map<UUID, List<Journal>> journals = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();

    /** Makes a user known (wallets are created only for existing users). */
    public void addUser(UUID userId) {
        users.add(userId);
    }

    @Override
    public synchronized boolean createIfAbsent(UUID userId, String currency, Instant now) {
        if (!users.contains(userId) || wallets.containsKey(userId)) {
            return false;
        }
        wallets.put(userId, new Head(currency, now));
        journals.put(userId, new ArrayList<>());
        return true;
    }

    @Override
    public synchronized Optional<Wallet> find(UUID userId) {
        Head head = wallets.get(userId);
        if (head == null) {
            return Optional.empty();
        }
        Map<String, BigDecimal> sums = sums(userId);
        BigDecimal cash = sums.getOrDefault(Ledger.key(LedgerAccount.CASH, head.currency()), BigDecimal.ZERO);
        List<Position> positions = new ArrayList<>();
        List<ShortPosition> shorts = new ArrayList<>();
        Map<Symbol, String> bases = new TreeMap<>(java.util.Comparator.comparing(Symbol::value));
        for (Journal journal : journals.get(userId)) {
            for (LedgerEntry entry : journal.entries()) {
                var kind = entry.account().kind();
                if (kind == LedgerAccount.Kind.POSITION || kind == LedgerAccount.Kind.SHORT) {
                    bases.put(entry.account().symbol(), entry.asset());
                }
            }
        }
        bases.forEach((symbol, base) -> {
            BigDecimal held = sums.getOrDefault(Ledger.key(LedgerAccount.position(symbol), base), BigDecimal.ZERO);
            if (held.signum() > 0) {
                positions.add(new Position(symbol, base, held, prices.getOrDefault("avg:" + userId + symbol, BigDecimal.ZERO)));
            }
            BigDecimal owed = sums.getOrDefault(Ledger.key(LedgerAccount.shortOf(symbol), base), BigDecimal.ZERO);
            BigDecimal collateral = sums.getOrDefault(Ledger.key(LedgerAccount.collateral(symbol), head.currency()),
                    BigDecimal.ZERO);
            if (owed.signum() > 0 || collateral.signum() > 0) {
                shorts.add(new ShortPosition(symbol, base, owed,
                        prices.getOrDefault("entry:" + userId + symbol, BigDecimal.ZERO), collateral));
            }
        });
        return Optional.of(new Wallet(userId, head.currency(), cash, positions, shorts, head.createdAt()));
    }

    @Override
    public boolean userExists(UUID userId) {
        return users.contains(userId);
    }

    @Override
    public void setAveragePrice(UUID userId, Symbol symbol, BigDecimal averagePrice) {
        prices.put("avg:" + userId + symbol, averagePrice);
    }

    @Override
    public void setEntryPrice(UUID userId, Symbol symbol, BigDecimal entryPrice) {
        prices.put("entry:" + userId + symbol, entryPrice);
    }

    @Override
    public synchronized void post(Journal journal) {
        List<Journal> book = journals.get(journal.userId());
        if (book == null) {
            throw new IllegalStateException("no wallet for " + journal.userId());
        }
        Map<String, BigDecimal> after = new HashMap<>(sums(journal.userId()));
        for (LedgerEntry entry : journal.entries()) {
            String key = Ledger.key(entry.account(), entry.asset());
            BigDecimal balance = after.merge(key, entry.amount(), BigDecimal::add);
            if (entry.account().isUsers() && balance.signum() < 0) {
                throw new NegativeBalanceException("journal " + journal.id() + " would take " + key + " below zero", null);
            }
        }
        book.add(journal);
    }

    @Override
    public synchronized Map<String, BigDecimal> sums(UUID userId) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Journal journal : journals.getOrDefault(userId, List.of())) {
            for (LedgerEntry entry : journal.entries()) {
                sums.merge(Ledger.key(entry.account(), entry.asset()), entry.amount(), BigDecimal::add);
            }
        }
        return sums;
    }
}

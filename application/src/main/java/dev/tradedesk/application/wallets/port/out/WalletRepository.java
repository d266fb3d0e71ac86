package dev.tradedesk.application.wallets.port.out;

import dev.tradedesk.domain.market.Symbol;
import dev.tradedesk.domain.wallets.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Wallets: the wallet row of each user and its positions' price marks. Balances change only through
 * the {@link Ledger}. Writes expect a surrounding transaction.
 */
public interface WalletRepository {

    /**
     * Creates the user's empty wallet in {@code currency}; {@code false} (and nothing changed) when the
     * user has one already or does not exist.
     */
    boolean createIfAbsent(UUID userId, String currency, Instant now);

    /** The wallet with its cash, positions (quantity above zero) and open shorts. */
    Optional<Wallet> find(UUID userId);

    boolean userExists(UUID userId);

    /** Records the average price of the user's long position in {@code symbol}. */
    void setAveragePrice(UUID userId, Symbol symbol, BigDecimal averagePrice);

    /** Records the entry price of the user's short in {@code symbol}. */
    void setEntryPrice(UUID userId, Symbol symbol, BigDecimal entryPrice);
}

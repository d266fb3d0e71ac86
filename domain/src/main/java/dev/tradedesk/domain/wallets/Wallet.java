package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's paper-trading wallet in one currency: free {@code cash}, long {@code positions} and open
 * {@code shorts} (whose collateral is the wallet's locked cash). Every number is the sum of the ledger
 * entries of its account.
 */
public record Wallet(UUID userId, String currency, BigDecimal cash, List<Position> positions,
        List<ShortPosition> shorts, Instant createdAt) {

    public Wallet {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(currency, "currency");
        WalletMath.requireNonNegative(cash, "cash");
        positions = List.copyOf(positions);
        shorts = List.copyOf(shorts);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Cash locked as collateral of the open shorts. */
    public BigDecimal locked() {
        return shorts.stream().map(ShortPosition::collateral).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<Position> position(Symbol symbol) {
        return positions.stream().filter(p -> p.symbol().equals(symbol)).findFirst();
    }

    public Optional<ShortPosition> shortOf(Symbol symbol) {
        return shorts.stream().filter(s -> s.symbol().equals(symbol)).findFirst();
    }
}

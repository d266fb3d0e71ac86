package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An open short: {@code quantity} of the base asset sold borrowed at {@code entryPrice} on average, with
 * {@code collateral} of the wallet's currency locked (the proceeds plus the initial margin).
 */
public record ShortPosition(Symbol symbol, String asset, BigDecimal quantity, BigDecimal entryPrice,
        BigDecimal collateral) {

    public ShortPosition {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(asset, "asset");
        WalletMath.requireNonNegative(quantity, "quantity");
        WalletMath.requireNonNegative(entryPrice, "entryPrice");
        WalletMath.requireNonNegative(collateral, "collateral");
    }
}

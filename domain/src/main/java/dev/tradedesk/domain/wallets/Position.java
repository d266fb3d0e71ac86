package dev.tradedesk.domain.wallets;

import dev.tradedesk.domain.market.Symbol;
import java.math.BigDecimal;
import java.util.Objects;

/** A long holding: {@code quantity} of the symbol's base asset, bought at {@code averagePrice} on average. */
public record Position(Symbol symbol, String asset, BigDecimal quantity, BigDecimal averagePrice) {

    public Position {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(asset, "asset");
        WalletMath.requireNonNegative(quantity, "quantity");
        WalletMath.requireNonNegative(averagePrice, "averagePrice");
    }
}

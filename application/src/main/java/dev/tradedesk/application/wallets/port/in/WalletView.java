package dev.tradedesk.application.wallets.port.in;

import dev.tradedesk.domain.wallets.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A wallet valued at market prices: {@code equity} is cash plus locked collateral plus the value of the
 * positions minus the value of the shorts' owed quantities, each symbol at the newest price known;
 * {@code asOf} is the time of the oldest price used (the valuation time when nothing needed a price).
 */
public record WalletView(Wallet wallet, BigDecimal equity, Instant asOf) {

    public WalletView {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(asOf, "asOf");
    }
}

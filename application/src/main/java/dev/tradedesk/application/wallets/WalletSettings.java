package dev.tradedesk.application.wallets;

import dev.tradedesk.domain.wallets.Assets;
import java.math.BigDecimal;
import java.util.Objects;

/** Every wallet's currency (default {@code USDT}) and the balance a new wallet is funded with (default 10000). */
public record WalletSettings(String currency, BigDecimal startingBalance) {

    public static final WalletSettings DEFAULT = new WalletSettings("USDT", new BigDecimal("10000"));

    public WalletSettings {
        currency = Assets.of(currency);
        Objects.requireNonNull(startingBalance, "startingBalance");
        if (startingBalance.signum() < 0) {
            throw new IllegalArgumentException("startingBalance must not be negative");
        }
    }
}

package dev.tradedesk.bootstrap;

import dev.tradedesk.application.orders.OrderSettings;
import dev.tradedesk.application.wallets.WalletSettings;
import dev.tradedesk.domain.orders.TradingTerms;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tradedesk.trading}: wallets and orders.
 *
 * @param currency               every wallet's currency, and the quote asset of tradable symbols (USDT)
 * @param startingBalance        what a new wallet is funded with (10000)
 * @param takerFeeRate           the fee as a fraction of the notional (0.001)
 * @param initialMarginRate      a short's margin as a fraction of its notional (0.5)
 * @param idempotencyLease       how long an Idempotency-Key is held for a running request before the same
 *                               request may take it over (60 s)
 * @param idempotencyRetention   how long Idempotency-Keys are kept (24 h)
 * @param idempotencyPurgeInterval how often expired keys are deleted (10 min)
 */
@ConfigurationProperties("tradedesk.trading")
public record TradingProperties(String currency, BigDecimal startingBalance, BigDecimal takerFeeRate,
                                BigDecimal initialMarginRate, Duration idempotencyLease,
                                Duration idempotencyRetention, Duration idempotencyPurgeInterval) {

    WalletSettings walletSettings() {
        return new WalletSettings(currency, startingBalance);
    }

    OrderSettings orderSettings() {
        return new OrderSettings(new TradingTerms(takerFeeRate, initialMarginRate), idempotencyLease,
                idempotencyRetention);
    }
}

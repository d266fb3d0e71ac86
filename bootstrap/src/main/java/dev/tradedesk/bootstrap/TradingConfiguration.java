package dev.tradedesk.bootstrap;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.application.market.port.in.MarketQuery;
import dev.tradedesk.application.orders.OrderQueryService;
import dev.tradedesk.application.orders.OrderSettings;
import dev.tradedesk.application.orders.PlaceOrderService;
import dev.tradedesk.application.orders.port.out.IdempotencyKeys;
import dev.tradedesk.application.orders.port.out.OrderRepository;
import dev.tradedesk.application.wallets.CreditWalletService;
import dev.tradedesk.application.wallets.WalletQueryService;
import dev.tradedesk.application.wallets.WalletSettings;
import dev.tradedesk.application.wallets.Wallets;
import dev.tradedesk.application.wallets.port.out.Ledger;
import dev.tradedesk.application.wallets.port.out.WalletRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wallet and order use cases (CoreConfiguration holds the identity ones). */
@Configuration(proxyBeanMethods = false)
class TradingConfiguration {

    @Bean
    WalletSettings walletSettings(TradingProperties trading) {
        return trading.walletSettings();
    }

    @Bean
    OrderSettings orderSettings(TradingProperties trading) {
        return trading.orderSettings();
    }

    @Bean
    Wallets wallets(WalletRepository wallets, Ledger ledger, TransactionRunner tx, WalletSettings settings, Clock clock) {
        return new Wallets(wallets, ledger, tx, settings, clock);
    }

    @Bean
    WalletQueryService walletQueryService(Wallets wallets, WalletRepository repository, MarketQuery market,
            Clock clock) {
        return new WalletQueryService(wallets, repository, market, clock);
    }

    @Bean
    CreditWalletService creditWalletService(Wallets wallets, WalletRepository repository, Ledger ledger,
            TransactionRunner tx, Clock clock) {
        return new CreditWalletService(wallets, repository, ledger, tx, clock);
    }

    @Bean
    PlaceOrderService placeOrderService(MarketQuery market, Wallets wallets, WalletRepository walletRepository,
            Ledger ledger, OrderRepository orders, IdempotencyKeys keys, TransactionRunner tx, OrderSettings settings,
            Clock clock) {
        return new PlaceOrderService(market, wallets, walletRepository, ledger, orders, keys, tx, settings, clock);
    }

    @Bean
    OrderQueryService orderQueryService(OrderRepository orders) {
        return new OrderQueryService(orders);
    }
}

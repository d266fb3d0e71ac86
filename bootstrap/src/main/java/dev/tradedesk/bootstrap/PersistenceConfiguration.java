package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.persistence.accounts.JdbcAccountRepository;
import dev.tradedesk.adapter.persistence.accounts.JdbcLoginHistory;
import dev.tradedesk.adapter.persistence.accounts.JdbcOneTimeCodeRepository;
import dev.tradedesk.adapter.persistence.common.JdbcTransactionRunner;
import dev.tradedesk.adapter.persistence.orders.JdbcIdempotencyKeys;
import dev.tradedesk.adapter.persistence.orders.JdbcOrderRepository;
import dev.tradedesk.adapter.persistence.wallets.JdbcLedger;
import dev.tradedesk.adapter.persistence.wallets.JdbcWalletRepository;
import dev.tradedesk.adapter.persistence.roles.JdbcRoleRepository;
import dev.tradedesk.adapter.persistence.sessions.JdbcRevocationLog;
import dev.tradedesk.adapter.persistence.sessions.JdbcSessionRepository;
import dev.tradedesk.adapter.persistence.sessions.JdbcSigningKeyRepository;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** adapter-persistence: PostgreSQL through the DataSource and Flyway that Spring Boot sets up. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    JdbcTransactionRunner transactionRunner(PlatformTransactionManager transactionManager) {
        return new JdbcTransactionRunner(transactionManager, 10, Duration.ofMillis(5));
    }

    @Bean
    JdbcAccountRepository accountRepository(JdbcClient jdbc) {
        return new JdbcAccountRepository(jdbc);
    }

    @Bean
    JdbcLoginHistory loginHistory(JdbcClient jdbc) {
        return new JdbcLoginHistory(jdbc);
    }

    @Bean
    JdbcSessionRepository sessionRepository(JdbcClient jdbc) {
        return new JdbcSessionRepository(jdbc);
    }

    @Bean
    JdbcSigningKeyRepository signingKeyRepository(JdbcClient jdbc) {
        return new JdbcSigningKeyRepository(jdbc);
    }

    @Bean
    JdbcRevocationLog revocationLog(JdbcClient jdbc) {
        return new JdbcRevocationLog(jdbc);
    }

    @Bean
    JdbcRoleRepository roleRepository(JdbcClient jdbc) {
        return new JdbcRoleRepository(jdbc);
    }

    @Bean
    JdbcOneTimeCodeRepository oneTimeCodeRepository(JdbcClient jdbc) {
        return new JdbcOneTimeCodeRepository(jdbc);
    }

    @Bean
    JdbcWalletRepository walletRepository(JdbcClient jdbc) {
        return new JdbcWalletRepository(jdbc);
    }

    @Bean
    JdbcLedger ledger(JdbcOperations jdbc) {
        return new JdbcLedger(jdbc);
    }

    @Bean
    JdbcOrderRepository orderRepository(JdbcClient jdbc) {
        return new JdbcOrderRepository(jdbc);
    }

    @Bean
    JdbcIdempotencyKeys idempotencyKeys(JdbcClient jdbc) {
        return new JdbcIdempotencyKeys(jdbc);
    }
}

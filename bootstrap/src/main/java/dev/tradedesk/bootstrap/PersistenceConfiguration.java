package dev.tradedesk.bootstrap;

import dev.tradedesk.adapter.persistence.accounts.JdbcAccountRepository;
import dev.tradedesk.adapter.persistence.common.JdbcTransactionRunner;
import dev.tradedesk.adapter.persistence.roles.JdbcRoleRepository;
import dev.tradedesk.adapter.persistence.sessions.JdbcSessionRepository;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
    JdbcSessionRepository sessionRepository(JdbcClient jdbc) {
        return new JdbcSessionRepository(jdbc);
    }

    @Bean
    JdbcRoleRepository roleRepository(JdbcClient jdbc) {
        return new JdbcRoleRepository(jdbc);
    }
}

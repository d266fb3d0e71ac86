package dev.tradedesk.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tradedesk.adapter.persistence.common.JdbcTransactionRunner;
import dev.tradedesk.testsupport.TestDatabase;
import dev.tradedesk.testsupport.TestServers;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The test run's own PostgreSQL database, migrated once, shared by this module's tests. */
public final class PostgresFixture {

    private static final PostgresFixture INSTANCE = new PostgresFixture();

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JdbcTransactionRunner tx;

    private PostgresFixture() {
        TestDatabase database = TestServers.postgres();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(10);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        template = new JdbcTemplate(dataSource);
        jdbc = JdbcClient.create(template);
        tx = new JdbcTransactionRunner(new DataSourceTransactionManager(dataSource), 10, Duration.ofMillis(5));
    }

    public static PostgresFixture get() {
        return INSTANCE;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public JdbcTemplate template() {
        return template;
    }

    public JdbcTransactionRunner tx() {
        return tx;
    }
}

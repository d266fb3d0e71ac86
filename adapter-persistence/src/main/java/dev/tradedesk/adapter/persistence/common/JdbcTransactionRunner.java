package dev.tradedesk.adapter.persistence.common;

import dev.tradedesk.application.common.port.out.TransactionRunner;
import dev.tradedesk.domain.common.OverloadedException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link TransactionRunner} over Spring's transaction manager. Serializable work that PostgreSQL aborts
 * for a serialization failure (SQLSTATE 40001) or a deadlock (40P01) is run again after a jittered,
 * exponentially growing pause, up to {@code maxAttempts} times; when every attempt was aborted, the
 * work fails with {@link OverloadedException} (503 with {@code Retry-After}: nothing was committed, and
 * the same request may succeed shortly).
 *
 * <p>With a {@link DataSourceTransactionManager} (what Spring Boot sets up), the isolation level is set
 * by a {@code SET TRANSACTION ISOLATION LEVEL} statement at the start of each new transaction, which the
 * PostgreSQL driver sends together with its {@code BEGIN}: one round trip. Letting Spring apply the
 * level to the connection instead costs three (the driver asks the server for the current level, sets the
 * session's default, and sets it back after the transaction). READ COMMITTED transactions set nothing:
 * it is PostgreSQL's default, and nothing here changes a session's default any more.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

    private static final Logger log = LoggerFactory.getLogger(JdbcTransactionRunner.class);
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");

    private static final String SET_SERIALIZABLE = "set transaction isolation level serializable";

    private final TransactionTemplate readCommitted;
    private final TransactionTemplate serializable;
    private final JdbcTemplate jdbc; // null: Spring applies the isolation level to the connection
    private final int maxAttempts;
    private final Duration baseBackoff;

    public JdbcTransactionRunner(PlatformTransactionManager transactionManager, int maxAttempts, Duration baseBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        DataSource dataSource = transactionManager instanceof DataSourceTransactionManager manager
                ? manager.getDataSource() : null;
        this.jdbc = dataSource == null ? null : new JdbcTemplate(dataSource);
        this.readCommitted = new TransactionTemplate(transactionManager);
        this.serializable = new TransactionTemplate(transactionManager);
        if (jdbc == null) {
            this.readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
            this.serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        }
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return retrying(readCommitted, null, work);
    }

    @Override
    public <T> T serializable(Supplier<T> work) {
        return retrying(serializable, jdbc == null ? null : SET_SERIALIZABLE, work);
    }

    private <T> T retrying(TransactionTemplate template, String isolation, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> {
                    if (isolation != null && status.isNewTransaction()) {
                        jdbc.execute(isolation); // the transaction's first statement: the driver sends BEGIN with it
                    }
                    return work.get();
                });
            } catch (RuntimeException e) {
                if (!isRetryable(e)) {
                    throw e;
                }
                if (attempt >= maxAttempts) {
                    log.warn("transaction aborted by the database {} times, giving up: {}", attempt, e.toString());
                    throw new OverloadedException(Duration.ofSeconds(1), e);
                }
                log.debug("transaction aborted by the database (attempt {} of {}), retrying", attempt, maxAttempts);
                pause(attempt);
            }
        }
    }

    static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void pause(int attempt) {
        long ceiling = baseBackoff.toMillis() << Math.min(attempt - 1, 8);
        long millis = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
        }
    }
}

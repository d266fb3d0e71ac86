package dev.tradedesk.adapter.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Real PostgreSQL, real parallel transactions. */
class JdbcTransactionRunnerTest {

    private static final PostgresFixture db = PostgresFixture.get();
    private final JdbcClient jdbc = db.jdbc();

    @BeforeAll
    static void table() {
        db.jdbc().sql("create table if not exists tx_runner_test (id uuid primary key, value int not null)").update();
    }

    private UUID newCounter() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into tx_runner_test (id, value) values (:id, 0)").param("id", id).update();
        return id;
    }

    private int value(UUID id) {
        return jdbc.sql("select value from tx_runner_test where id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void rolls_back_everything_when_the_work_fails() {
        UUID id = newCounter();
        assertThatThrownBy(() -> db.tx().inTransaction(() -> {
            jdbc.sql("update tx_runner_test set value = 42 where id = :id").param("id", id).update();
            throw new IllegalStateException("boom");
        }));
        assertThat(value(id)).isZero();
    }

    @Test
    void retries_serializable_work_that_postgresql_aborts_and_every_increment_counts() throws Exception {
        UUID id = newCounter();
        int writers = 2;
        CountDownLatch bothRead = new CountDownLatch(writers);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> db.tx().serializable(() -> {
                    int attempt = attempts.incrementAndGet();
                    int seen = value(id);
                    if (attempt <= writers) {
                        // both transactions read the same value before either writes: a guaranteed conflict
                        bothRead.countDown();
                        await(bothRead);
                    }
                    jdbc.sql("update tx_runner_test set value = :v where id = :id")
                            .param("v", seen + 1).param("id", id).update();
                    return seen + 1;
                })));
            }
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> result : results) {
                seen.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(seen).containsExactlyInAnyOrder(1, 2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(value(id)).isEqualTo(2);
        assertThat(attempts.get()).as("the loser ran again").isGreaterThan(writers);
    }

    @Test
    void gives_up_after_the_last_attempt_and_reports_the_failure() {
        var once = new JdbcTransactionRunner(new DataSourceTransactionManager(db.dataSource()), 1, Duration.ofMillis(1));
        UUID id = newCounter();
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> once.serializable(() -> {
                    int seen = value(id);
                    bothRead.countDown();
                    await(bothRead);
                    return jdbc.sql("update tx_runner_test set value = :v where id = :id")
                            .param("v", seen + 1).param("id", id).update();
                })));
            }
            int failures = 0;
            for (Future<?> result : results) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(dev.tradedesk.domain.common.OverloadedException.class);
                    assertThat(e.getCause().getCause()).isInstanceOf(DataAccessException.class);
                    assertThat(JdbcTransactionRunner.isRetryable(e.getCause().getCause())).isTrue();
                    failures++;
                }
            }
            assertThat(failures).isEqualTo(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
        assertThat(value(id)).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never arrived");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void gives_up_after_the_last_attempt_with_an_overloaded_outcome() {
        var runner = new JdbcTransactionRunner(new DataSourceTransactionManager(db.dataSource()), 3, Duration.ofMillis(1));
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> runner.serializable(() -> {
            attempts.incrementAndGet();
            throw new org.springframework.dao.CannotAcquireLockException("aborted",
                    new java.sql.SQLException("could not serialize access", "40001"));
        })).isInstanceOf(dev.tradedesk.domain.common.OverloadedException.class)
                .hasCauseInstanceOf(org.springframework.dao.CannotAcquireLockException.class);
        assertThat(attempts).hasValue(3);
    }
}

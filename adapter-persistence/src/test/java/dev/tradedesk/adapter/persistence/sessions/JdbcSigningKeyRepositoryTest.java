package dev.tradedesk.adapter.persistence.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.application.sessions.port.out.StoredSigningKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JdbcSigningKeyRepositoryTest {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcSigningKeyRepository repository = new JdbcSigningKeyRepository(db.jdbc());
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private StoredSigningKey key(Instant activatesAt) {
        return new StoredSigningKey("kid-" + UUID.randomUUID(), new byte[] {1, 2, 3}, "{\"kty\":\"EC\"}", now,
                activatesAt, null);
    }

    @Test
    void keeps_keys_until_they_retire_newest_activation_first() {
        StoredSigningKey older = key(now);
        StoredSigningKey newer = key(now.plusSeconds(120));
        db.tx().inTransaction(() -> {
            repository.insert(older);
            repository.insert(newer);
            repository.retire(older.kid(), now.plus(Duration.ofMinutes(17)));
        });

        assertThat(repository.trusted(now)).containsSubsequence(newer, older);
        StoredSigningKey read = repository.trusted(now).stream().filter(older::equals).findFirst().orElseThrow();
        assertThat(read.retiresAt()).isEqualTo(now.plus(Duration.ofMinutes(17)));
        assertThat(read.sealedPrivateKey()).containsExactly(1, 2, 3);
        assertThat(repository.trusted(now.plus(Duration.ofMinutes(18)))).contains(newer).doesNotContain(older);
    }

    @Test
    void the_lock_serialises_key_management_across_transactions() throws Exception {
        CountDownLatch firstHoldsLock = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> db.tx().inTransaction(() -> {
                repository.lock();
                firstHoldsLock.countDown();
                await(release);
            }));
            assertThat(firstHoldsLock.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> db.tx().inTransaction(repository::lock));
            Thread.sleep(200);
            assertThat(second.isDone()).as("waits for the first transaction").isFalse();
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradedesk.application.accounts.port.out.AccountPage;
import dev.tradedesk.application.accounts.port.out.AccountProfile;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Two "nodes" (two caches) over one store and one bus. A change written to the store without being
 * announced shows which node still answers from its copy.
 */
class AccountProfileCacheTest {

    private final InMemoryAccountRepository store = new InMemoryAccountRepository();
    private final CountingRepository accounts = new CountingRepository(store);
    private final InMemoryAccountChangeBus bus = new InMemoryAccountChangeBus();
    private final AtomicLong nanos = new AtomicLong(1_000);

    private AccountProfileCache node(int capacity) {
        AccountProfileCache cache = new AccountProfileCache(accounts, bus, capacity, Duration.ofSeconds(10), nanos::get);
        cache.start();
        return cache;
    }

    private UUID account(String name) {
        Account account = Account.register(UUID.randomUUID(), EmailAddress.of("u-" + UUID.randomUUID() + "@example.com"),
                DisplayName.ofNullable(name), "hash", Instant.now().truncatedTo(ChronoUnit.MICROS));
        store.insert(account);
        return account.id();
    }

    private static String name(AccountProfileCache cache, UUID id) {
        return cache.find(id).orElseThrow().name().value();
    }

    @Test
    void reads_the_row_once_and_answers_from_memory_until_a_change_is_announced() {
        AccountProfileCache cache = node(100);
        UUID id = account("Ada");

        assertThat(name(cache, id)).isEqualTo("Ada");
        assertThat(name(cache, id)).isEqualTo("Ada");
        assertThat(accounts.reads.get()).isEqualTo(1);

        store.updateName(id, DisplayName.ofNullable("Grace")); // not announced: the copy stays
        assertThat(name(cache, id)).isEqualTo("Ada");

        cache.changed(id);
        assertThat(name(cache, id)).isEqualTo("Grace");
        assertThat(bus.published()).containsExactly(id);
    }

    @Test
    void a_change_announced_on_one_node_drops_the_copy_on_the_other() {
        AccountProfileCache a = node(100);
        AccountProfileCache b = node(100);
        UUID id = account("Ada");
        assertThat(name(b, id)).isEqualTo("Ada");

        store.updateName(id, DisplayName.ofNullable("Grace"));
        bus.hold(); // the announcement is on its way
        a.changed(id);
        assertThat(name(a, id)).isEqualTo("Grace");
        assertThat(name(b, id)).as("until the announcement arrives").isEqualTo("Ada");

        bus.deliverHeld();
        assertThat(name(b, id)).isEqualTo("Grace");

        store.delete(id);
        a.changed(id);
        assertThat(b.find(id)).isEmpty();
        assertThat(a.find(id)).isEmpty();
    }

    @Test
    void while_the_bus_is_down_every_read_goes_to_the_store_and_no_copy_survives_the_outage() {
        AccountProfileCache cache = node(100);
        UUID id = account("Ada");
        assertThat(name(cache, id)).isEqualTo("Ada");

        bus.disconnect();
        store.updateName(id, DisplayName.ofNullable("Grace")); // its announcement would be lost
        assertThat(name(cache, id)).isEqualTo("Grace");
        int reads = accounts.reads.get();
        assertThat(name(cache, id)).isEqualTo("Grace");
        assertThat(accounts.reads.get()).as("no copies kept while down").isEqualTo(reads + 1);

        bus.reconnect();
        store.updateName(id, DisplayName.ofNullable("Hedy"));
        assertThat(name(cache, id)).isEqualTo("Hedy");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void a_copy_is_read_again_once_it_is_older_than_its_limit() {
        AccountProfileCache cache = node(100);
        UUID id = account("Ada");
        assertThat(name(cache, id)).isEqualTo("Ada");
        store.updateName(id, DisplayName.ofNullable("Grace"));

        nanos.addAndGet(Duration.ofSeconds(10).toNanos() - 1);
        assertThat(name(cache, id)).isEqualTo("Ada");
        nanos.addAndGet(1);
        assertThat(name(cache, id)).isEqualTo("Grace");
    }

    @Test
    void a_read_that_raced_a_change_does_not_leave_its_old_row_behind() throws Exception {
        AccountProfileCache a = node(100);
        AccountProfileCache b = node(100);
        UUID id = account("Ada");
        CountDownLatch readDone = new CountDownLatch(1);
        CountDownLatch changeAnnounced = new CountDownLatch(1);
        accounts.afterRead = () -> {
            readDone.countDown();
            await(changeAnnounced);
        };

        // node b reads the row before the change commits, and finishes after its announcement arrived
        CompletableFuture<Optional<AccountProfile>> racing = CompletableFuture.supplyAsync(() -> b.find(id));
        await(readDone);
        accounts.afterRead = () -> { };
        store.updateName(id, DisplayName.ofNullable("Grace"));
        a.changed(id);
        changeAnnounced.countDown();

        assertThat(racing.get(10, TimeUnit.SECONDS).orElseThrow().name().value()).isEqualTo("Ada");
        assertThat(name(b, id)).as("the old row was not kept").isEqualTo("Grace");
        assertThat(name(a, id)).isEqualTo("Grace");
    }

    @Test
    void holds_at_most_its_capacity_and_none_at_all_with_capacity_zero() {
        AccountProfileCache small = node(2);
        for (int i = 0; i < 5; i++) {
            small.find(account("N" + i));
        }
        assertThat(small.size()).isBetween(1, 2);

        AccountProfileCache none = node(0);
        UUID id = account("Ada");
        int reads = accounts.reads.get();
        name(none, id);
        name(none, id);
        assertThat(accounts.reads.get()).isEqualTo(reads + 2);
        assertThat(none.size()).isZero();
        none.changed(id);
        assertThat(bus.published()).as("announced for the other nodes").contains(id);
    }

    @Test
    void without_copies_every_read_goes_to_the_store() {
        AccountProfileCache none = AccountProfileCache.withoutCopies(accounts);
        none.start();
        UUID id = account("Ada");
        assertThat(name(none, id)).isEqualTo("Ada");
        store.updateName(id, DisplayName.ofNullable("Grace"));
        assertThat(name(none, id)).isEqualTo("Grace");
        none.changed(id);
        assertThat(none.size()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Counts profile reads and can pause right after one. */
    private static final class CountingRepository implements AccountRepository {
        private final InMemoryAccountRepository delegate;
        final AtomicInteger reads = new AtomicInteger();
        volatile Runnable afterRead = () -> { };

        CountingRepository(InMemoryAccountRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<AccountProfile> findProfile(UUID id) {
            reads.incrementAndGet();
            Optional<AccountProfile> found = delegate.findProfile(id);
            afterRead.run();
            return found;
        }

        @Override
        public void insert(Account account) {
            delegate.insert(account);
        }

        @Override
        public Optional<Account> findByEmail(EmailAddress email) {
            return delegate.findByEmail(email);
        }

        @Override
        public Optional<Account> findById(UUID id) {
            return delegate.findById(id);
        }

        @Override
        public void updatePassword(UUID userId, String passwordHash) {
            delegate.updatePassword(userId, passwordHash);
        }

        @Override
        public void markEmailVerified(UUID userId) {
            delegate.markEmailVerified(userId);
        }

        @Override
        public void updateName(UUID userId, DisplayName name) {
            delegate.updateName(userId, name);
        }

        @Override
        public void changeEmail(UUID userId, EmailAddress email) {
            delegate.changeEmail(userId, email);
        }

        @Override
        public boolean delete(UUID userId) {
            return delegate.delete(userId);
        }

        @Override
        public AccountPage search(String query, int offset, int limit) {
            return delegate.search(query, offset, limit);
        }
    }
}

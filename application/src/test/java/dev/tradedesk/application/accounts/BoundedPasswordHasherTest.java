package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.common.OverloadedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {

    private static final PlainPassword PASSWORD = PlainPassword.of("plum-orbit-cascade-77");

    private final FakePasswordHasher fake = new FakePasswordHasher();
    private final String hash = fake.hash(PASSWORD);
    private final GatedHasher gated = new GatedHasher(fake);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void openTheGate() {
        gated.open.countDown();
        pool.shutdownNow();
    }

    @Test
    void a_call_that_finds_every_permit_taken_fails_as_overloaded_without_hashing() throws Exception {
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(gated, 1, Duration.ofMillis(50));
        Future<Boolean> first = pool.submit(() -> bounded.matches(PASSWORD, hash));
        gated.awaitEntered(1);

        OverloadedException overloaded = catchThrowableOfType(OverloadedException.class,
                () -> bounded.matches(PASSWORD, hash));
        assertThatThrownBy(() -> bounded.hash(PASSWORD)).isInstanceOf(OverloadedException.class);

        assertThat(overloaded.code()).isEqualTo("overloaded");
        assertThat(overloaded.retryAfter()).as("at least a second").isEqualTo(Duration.ofSeconds(1));
        assertThat(gated.calls.get()).as("only the first call reached the hasher").isEqualTo(1);

        gated.open.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bounded.matches(PASSWORD, hash)).as("the permit came back").isTrue();
        assertThat(bounded.availablePermits()).isEqualTo(1);
    }

    @Test
    void runs_as_many_calls_at_once_as_it_has_permits() throws Exception {
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(gated, 3, Duration.ofMillis(50));
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> bounded.matches(PASSWORD, hash));
        }
        gated.awaitEntered(3);

        assertThat(bounded.availablePermits()).isZero();
        assertThatThrownBy(() -> bounded.matches(PASSWORD, hash)).isInstanceOf(OverloadedException.class);
    }

    @Test
    void a_waiting_call_gets_the_permit_as_soon_as_it_is_returned() throws Exception {
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(gated, 1, Duration.ofMinutes(1));
        Future<Boolean> first = pool.submit(() -> bounded.matches(PASSWORD, hash));
        gated.awaitEntered(1);
        Future<Boolean> second = pool.submit(() -> bounded.matches(PASSWORD, hash));

        gated.open.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gated.calls.get()).isEqualTo(2);
    }

    @Test
    void returns_the_permit_when_the_hasher_fails() {
        PasswordHasher failing = new PasswordHasher() {
            @Override
            public String hash(PlainPassword password) {
                throw new IllegalStateException("broken");
            }

            @Override
            public boolean matches(PlainPassword password, String encodedHash) {
                throw new IllegalStateException("broken");
            }
        };
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(failing, 1, Duration.ZERO);

        assertThatThrownBy(() -> bounded.hash(PASSWORD)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bounded.matches(PASSWORD, hash)).isInstanceOf(IllegalStateException.class);
        assertThat(bounded.availablePermits()).isEqualTo(1);
    }

    @Test
    void an_interrupted_wait_is_overloaded_and_keeps_the_interrupt() {
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(fake, 1, Duration.ofSeconds(3));
        Thread.currentThread().interrupt();
        try {
            OverloadedException overloaded = catchThrowableOfType(OverloadedException.class,
                    () -> bounded.hash(PASSWORD));
            assertThat(overloaded.retryAfter()).as("the queue timeout").isEqualTo(Duration.ofSeconds(3));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void refuses_fewer_than_one_permit() {
        assertThatThrownBy(() -> new BoundedPasswordHasher(fake, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Holds every check at a gate until the test opens it, telling the test when one has arrived. */
    private static final class GatedHasher implements PasswordHasher {

        final PasswordHasher delegate;
        final CountDownLatch open = new CountDownLatch(1);
        final AtomicInteger calls = new AtomicInteger();
        private final Object arrivals = new Object();

        GatedHasher(PasswordHasher delegate) {
            this.delegate = delegate;
        }

        @Override
        public String hash(PlainPassword password) {
            pass();
            return delegate.hash(password);
        }

        @Override
        public boolean matches(PlainPassword password, String encodedHash) {
            pass();
            return delegate.matches(password, encodedHash);
        }

        void awaitEntered(int count) throws InterruptedException {
            synchronized (arrivals) {
                while (calls.get() < count) {
                    arrivals.wait();
                }
            }
        }

        private void pass() {
            synchronized (arrivals) {
                calls.incrementAndGet();
                arrivals.notifyAll();
            }
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

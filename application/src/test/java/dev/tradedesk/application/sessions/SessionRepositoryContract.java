package dev.tradedesk.application.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do; each implementation's test extends this. */
public abstract class SessionRepositoryContract {

    protected abstract SessionRepository repository();

    /** An existing user (with the role {@code user}) that sessions can belong to. */
    protected abstract UUID existingUser();

    protected void write(Runnable work) {
        work.run();
    }

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private Session open(UUID userId, RefreshToken token, Instant at) {
        Session session = Session.open(UUID.randomUUID(), userId, at, Duration.ofDays(30),
                new ClientInfo("203.0.113.7", "curl/8"));
        write(() -> repository().insert(session, token.hash()));
        return session;
    }

    @Test
    void finds_a_session_by_its_current_refresh_token_with_the_holders_authorization() {
        UUID user = existingUser();
        RefreshToken token = RefreshToken.generate();
        Session session = open(user, token, now);

        var found = repository().findByRefreshToken(token.hash()).orElseThrow();
        assertThat(found.session()).isEqualTo(session);
        assertThat(found.isCurrent()).isTrue();
        assertThat(found.subject().userId()).isEqualTo(user);
        assertThat(found.subject().roles()).containsExactly("user");
        assertThat(found.subject().permissions()).contains("orders:place");
        assertThat(repository().findByRefreshToken(RefreshToken.generate().hash())).isEmpty();
        assertThat(repository().find(session.id())).contains(session);
    }

    @Test
    void rotation_replaces_the_current_token_and_remembers_the_old_one() {
        RefreshToken first = RefreshToken.generate();
        RefreshToken second = RefreshToken.generate();
        Session session = open(existingUser(), first, now);
        Instant later = now.plusSeconds(60);

        assertThat(rotate(session.id(), first, second, later)).isTrue();

        var old = repository().findByRefreshToken(first.hash()).orElseThrow();
        assertThat(old.isCurrent()).isFalse();
        assertThat(old.rotatedAt()).isEqualTo(later);
        assertThat(repository().findByRefreshToken(second.hash()).orElseThrow().isCurrent()).isTrue();
        assertThat(repository().find(session.id()).orElseThrow().lastUsedAt()).isEqualTo(later);
        assertThat(rotate(session.id(), first, RefreshToken.generate(), later)).as("an old token rotates no more").isFalse();
    }

    @Test
    void of_parallel_rotations_with_one_token_exactly_one_wins() throws Exception {
        RefreshToken token = RefreshToken.generate();
        Session session = open(existingUser(), token, now);
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Callable<Boolean> attempt = () -> rotate(session.id(), token, RefreshToken.generate(), now.plusSeconds(1));
                results.add(pool.submit(attempt));
            }
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void revoking_ends_a_session_once() {
        UUID user = existingUser();
        Session session = open(user, RefreshToken.generate(), now);

        assertThat(revoke(session.id())).isTrue();
        assertThat(revoke(session.id())).isFalse();
        assertThat(repository().find(session.id()).orElseThrow().revokedAt()).isNotNull();
        assertThat(repository().activeOf(user, now.plusSeconds(2))).isEmpty();
    }

    @Test
    void revoking_all_keeps_the_one_asked_for_and_lists_the_rest() {
        UUID user = existingUser();
        Session keep = open(user, RefreshToken.generate(), now);
        Session a = open(user, RefreshToken.generate(), now.plusSeconds(1));
        Session b = open(user, RefreshToken.generate(), now.plusSeconds(2));
        Session otherUsers = open(existingUser(), RefreshToken.generate(), now);

        List<UUID> revoked = new ArrayList<>();
        write(() -> revoked.addAll(repository().revokeAllOf(user, keep.id(), "test", now.plusSeconds(3))));

        assertThat(revoked).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(repository().activeOf(user, now.plusSeconds(4))).containsExactly(keep);
        assertThat(repository().find(otherUsers.id()).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void lists_active_sessions_newest_first_without_expired_ones() {
        UUID user = existingUser();
        Session older = open(user, RefreshToken.generate(), now.minus(Duration.ofDays(31)));
        Session old = open(user, RefreshToken.generate(), now.minusSeconds(60));
        Session recent = open(user, RefreshToken.generate(), now);

        assertThat(repository().activeOf(user, now.plusSeconds(1))).containsExactly(recent, old);
        assertThat(older.isActiveAt(now)).isFalse();
    }

    @Test
    void refuses_the_same_session_twice() {
        Session session = open(existingUser(), RefreshToken.generate(), now);
        assertThatThrownBy(() -> write(() -> repository().insert(session, RefreshToken.generate().hash())))
                .isInstanceOf(RuntimeException.class);
    }

    private boolean rotate(UUID sessionId, RefreshToken presented, RefreshToken next, Instant at) {
        boolean[] result = new boolean[1];
        write(() -> result[0] = repository().rotate(sessionId, presented.hash(), next.hash(), at));
        return result[0];
    }

    private boolean revoke(UUID sessionId) {
        boolean[] result = new boolean[1];
        write(() -> result[0] = repository().revoke(sessionId, "test", now.plusSeconds(1)));
        return result[0];
    }
}

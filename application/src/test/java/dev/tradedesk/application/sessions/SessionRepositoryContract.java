package dev.tradedesk.application.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.sessions.port.out.RefreshTokenUse;
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
    void presenting_the_current_token_finds_its_session_with_the_holders_authorization_and_rotates_it() {
        UUID user = existingUser();
        RefreshToken token = RefreshToken.generate();
        RefreshToken next = RefreshToken.generate();
        Session session = open(user, token, now);
        Instant later = now.plusSeconds(60);

        RefreshTokenUse use = repository().present(token.hash(), next.hash(), later).orElseThrow();

        assertThat(use.rotated()).isTrue();
        assertThat(use.found().session()).as("as it was before this use").isEqualTo(session);
        assertThat(use.found().isCurrent()).isTrue();
        assertThat(use.found().subject().userId()).isEqualTo(user);
        assertThat(use.found().subject().roles()).containsExactly("user");
        assertThat(use.found().subject().permissions()).contains("orders:place");
        assertThat(repository().find(session.id()).orElseThrow().lastUsedAt()).isEqualTo(later);
        assertThat(repository().present(RefreshToken.generate().hash(), RefreshToken.generate().hash(), later)).isEmpty();
    }

    @Test
    void a_rotated_token_is_remembered_and_rotates_no_more() {
        RefreshToken first = RefreshToken.generate();
        RefreshToken second = RefreshToken.generate();
        RefreshToken third = RefreshToken.generate();
        Session session = open(existingUser(), first, now);
        Instant later = now.plusSeconds(60);
        assertThat(present(first, second, later).rotated()).isTrue();

        RefreshTokenUse again = present(first, third, later.plusSeconds(60));

        assertThat(again.rotated()).isFalse();
        assertThat(again.found().isCurrent()).isFalse();
        assertThat(again.found().rotatedAt()).isEqualTo(later);
        assertThat(again.found().session().id()).isEqualTo(session.id());
        assertThat(repository().find(session.id()).orElseThrow().lastUsedAt()).as("a refused use is no use").isEqualTo(later);
        assertThat(repository().present(third.hash(), RefreshToken.generate().hash(), later)).as("never stored").isEmpty();
        RefreshTokenUse current = present(second, third, later.plusSeconds(120));
        assertThat(current.rotated()).isTrue();
        assertThat(current.found().isCurrent()).isTrue();
    }

    @Test
    void the_token_of_a_revoked_or_expired_session_is_found_but_not_rotated() {
        RefreshToken revokedToken = RefreshToken.generate();
        Session revoked = open(existingUser(), revokedToken, now);
        assertThat(revoke(revoked.id())).isTrue();
        RefreshToken expiredToken = RefreshToken.generate();
        Session expired = open(existingUser(), expiredToken, now.minus(Duration.ofDays(31)));
        RefreshToken unused = RefreshToken.generate();

        RefreshTokenUse ofRevoked = present(revokedToken, unused, now.plusSeconds(2));
        RefreshTokenUse ofExpired = present(expiredToken, unused, now.plusSeconds(2));

        assertThat(ofRevoked.rotated()).isFalse();
        assertThat(ofRevoked.found().session().revokedAt()).isNotNull();
        assertThat(ofExpired.rotated()).isFalse();
        assertThat(ofExpired.found().session().isActiveAt(now)).isFalse();
        assertThat(present(revokedToken, unused, now.plusSeconds(3)).found().isCurrent()).isTrue();
        assertThat(repository().find(expired.id()).orElseThrow().lastUsedAt()).isEqualTo(expired.lastUsedAt());
        assertThat(repository().present(unused.hash(), RefreshToken.generate().hash(), now)).isEmpty();
    }

    @Test
    void of_parallel_uses_of_one_token_exactly_one_rotates_it() throws Exception {
        RefreshToken token = RefreshToken.generate();
        open(existingUser(), token, now);
        int parallel = 8;
        List<RefreshToken> nexts = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            nexts.add(RefreshToken.generate());
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (RefreshToken next : nexts) {
                Callable<Boolean> attempt = () -> present(token, next, now.plusSeconds(1)).rotated();
                results.add(pool.submit(attempt));
            }
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            long stored = nexts.stream()
                    .filter(next -> repository().present(next.hash(), RefreshToken.generate().hash(), now).isPresent())
                    .count();
            assertThat(stored).as("only the winner's new token is stored").isEqualTo(1);
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

    /** Without a surrounding transaction, as the refresh use case calls it. */
    private RefreshTokenUse present(RefreshToken presented, RefreshToken next, Instant at) {
        return repository().present(presented.hash(), next.hash(), at).orElseThrow();
    }

    private boolean revoke(UUID sessionId) {
        boolean[] result = new boolean[1];
        write(() -> result[0] = repository().revoke(sessionId, "test", now.plusSeconds(1)));
        return result[0];
    }
}

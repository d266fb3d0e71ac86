package dev.tradedesk.adapter.persistence.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.adapter.persistence.accounts.JdbcAccountRepository;
import dev.tradedesk.application.sessions.SessionRepositoryContract;
import dev.tradedesk.application.sessions.port.out.SessionRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

class JdbcSessionRepositoryTest extends SessionRepositoryContract {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcSessionRepository repository = new JdbcSessionRepository(db.jdbc());

    @Override
    protected SessionRepository repository() {
        return repository;
    }

    @Override
    protected void write(Runnable work) {
        db.tx().inTransaction(work);
    }

    @Override
    protected UUID existingUser() {
        Account account = Account.register(UUID.randomUUID(), EmailAddress.of("s-" + UUID.randomUUID() + "@example.com"),
                null, "hash", Instant.now());
        db.tx().inTransaction(() -> new JdbcAccountRepository(db.jdbc()).insert(account));
        return account.id();
    }

    @Test
    void stores_only_the_hash_of_the_refresh_token() {
        RefreshToken token = RefreshToken.generate();
        Session session = Session.open(UUID.randomUUID(), existingUser(), Instant.now(), Duration.ofDays(30),
                new ClientInfo("198.51.100.1", "agent"));
        write(() -> repository.insert(session, token.hash()));

        byte[] stored = db.jdbc().sql("select token_hash from refresh_tokens where session_id = :id")
                .param("id", session.id()).query(byte[].class).single();
        assertThat(stored).isEqualTo(token.hash());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token.value());
    }

    @Test
    void a_use_that_fails_midway_changes_nothing() {
        RefreshToken first = RefreshToken.generate();
        RefreshToken taken = RefreshToken.generate();
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Session session = Session.open(UUID.randomUUID(), existingUser(), at, Duration.ofDays(30),
                new ClientInfo("198.51.100.1", "agent"));
        write(() -> repository.insert(session, first.hash()));
        Session other = Session.open(UUID.randomUUID(), existingUser(), at, Duration.ofDays(30),
                new ClientInfo("198.51.100.1", "agent"));
        write(() -> repository.insert(other, taken.hash()));

        // the new token's insert fails (its hash is another session's): the rotation before it must not stay
        assertThatThrownBy(() -> repository.present(first.hash(), taken.hash(), at.plusSeconds(1)))
                .isInstanceOf(DataAccessException.class);

        assertThat(repository.find(session.id()).orElseThrow().lastUsedAt()).isEqualTo(at);
        assertThat(repository.present(first.hash(), RefreshToken.generate().hash(), at.plusSeconds(2))
                .orElseThrow().rotated()).as("still the current token").isTrue();
    }
}

package dev.tradedesk.adapter.persistence.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.adapter.persistence.sessions.JdbcSessionRepository;
import dev.tradedesk.application.accounts.AccountRepositoryContract;
import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.sessions.ClientInfo;
import dev.tradedesk.domain.sessions.RefreshToken;
import dev.tradedesk.domain.sessions.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JdbcAccountRepositoryTest extends AccountRepositoryContract {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcAccountRepository repository = new JdbcAccountRepository(db.jdbc());

    @Override
    protected AccountRepository repository() {
        return repository;
    }

    @Override
    protected void write(Runnable work) {
        db.tx().inTransaction(work);
    }

    @Test
    void a_failure_mid_way_leaves_nothing_behind() {
        Account account = newAccount(uniqueEmail());
        assertThatThrownBy(() -> db.tx().inTransaction(() -> {
            repository.insert(account);
            throw new IllegalStateException("crash after the insert");
        })).hasMessage("crash after the insert");

        assertThat(repository.findById(account.id())).isEmpty();
        assertThat(db.jdbc().sql("select count(*) from user_roles where user_id = :id").param("id", account.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_database_itself_refuses_an_email_that_is_not_lower_case() {
        assertThatThrownBy(() -> db.jdbc().sql("""
                insert into users (id, email, created_at, updated_at) values (:id, 'Ada@Example.com', now(), now())
                """).param("id", UUID.randomUUID()).update())
                .hasMessageContaining("users_email_lower_case");
    }

    @Test
    void deleting_a_user_deletes_its_sessions_and_roles() {
        Account account = newAccount(uniqueEmail());
        Session session = Session.open(UUID.randomUUID(), account.id(), Instant.now(), Duration.ofDays(30),
                ClientInfo.UNKNOWN);
        db.tx().inTransaction(() -> {
            repository.insert(account);
            new JdbcSessionRepository(db.jdbc()).insert(session, RefreshToken.generate().hash());
        });

        db.jdbc().sql("delete from users where id = :id").param("id", account.id()).update();

        assertThat(db.jdbc().sql("select count(*) from sessions where user_id = :id").param("id", account.id())
                .query(Long.class).single()).isZero();
        assertThat(db.jdbc().sql("select count(*) from user_roles where user_id = :id").param("id", account.id())
                .query(Long.class).single()).isZero();
    }
}

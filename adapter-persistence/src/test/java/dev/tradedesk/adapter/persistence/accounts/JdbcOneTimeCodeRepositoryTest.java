package dev.tradedesk.adapter.persistence.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.adapter.persistence.PostgresFixture;
import dev.tradedesk.application.accounts.OneTimeCodeRepositoryContract;
import dev.tradedesk.application.accounts.port.out.OneTimeCodeRepository;
import dev.tradedesk.domain.accounts.CodePurpose;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.OneTimeCode;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class JdbcOneTimeCodeRepositoryTest extends OneTimeCodeRepositoryContract {

    private final PostgresFixture db = PostgresFixture.get();
    private final JdbcOneTimeCodeRepository repository = new JdbcOneTimeCodeRepository(db.jdbc());

    @Override
    protected OneTimeCodeRepository repository() {
        return repository;
    }

    @Override
    protected <T> T write(Supplier<T> work) {
        return db.tx().inTransaction(work);
    }

    @Test
    void stores_neither_the_digits_nor_an_unsalted_hash() {
        OneTimeCode.Issued issued = OneTimeCode.issue(UUID.randomUUID(),
                EmailAddress.of("stored-" + UUID.randomUUID() + "@example.com"), CodePurpose.SIGN_IN, Instant.now());
        db.tx().inTransaction(() -> repository.replace(issued.code()));

        String row = db.jdbc().sql("select one_time_codes::text from one_time_codes where id = :id")
                .param("id", issued.code().id()).query(String.class).single();
        assertThat(row).doesNotContain(issued.digits());
        assertThat(db.jdbc().sql("select octet_length(salt) from one_time_codes where id = :id")
                .param("id", issued.code().id()).query(Integer.class).single()).isEqualTo(16);
    }

    @Test
    void the_database_itself_refuses_a_sixth_attempt_and_an_unknown_purpose() {
        OneTimeCode code = OneTimeCode.issue(UUID.randomUUID(),
                EmailAddress.of("guarded-" + UUID.randomUUID() + "@example.com"), CodePurpose.SIGN_IN, Instant.now()).code();
        db.tx().inTransaction(() -> repository.replace(code));

        assertThatThrownBy(() -> db.jdbc().sql("update one_time_codes set attempts = 6 where id = :id")
                .param("id", code.id()).update()).hasMessageContaining("one_time_codes_attempts");
        assertThatThrownBy(() -> db.jdbc().sql("update one_time_codes set purpose = 'login' where id = :id")
                .param("id", code.id()).update()).hasMessageContaining("one_time_codes_purpose");
    }
}

package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.out.AccountRepository;
import dev.tradedesk.application.accounts.port.out.DuplicateEmailException;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRepository} must do; each implementation's test extends this. */
public abstract class AccountRepositoryContract {

    protected abstract AccountRepository repository();

    /** Runs a write as the adapter expects to be called (inside a transaction where it needs one). */
    protected void write(Runnable work) {
        work.run();
    }

    protected static EmailAddress uniqueEmail() {
        return EmailAddress.of("user-" + UUID.randomUUID() + "@example.com");
    }

    protected static Account newAccount(EmailAddress email) {
        return Account.register(UUID.randomUUID(), email, DisplayName.ofNullable("Ada Lovelace"),
                "hash-" + UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void reads_back_what_was_inserted_by_id_and_by_email() {
        Account account = newAccount(uniqueEmail());
        write(() -> repository().insert(account));

        assertThat(repository().findById(account.id())).contains(account);
        assertThat(repository().findByEmail(account.email())).contains(account);
        assertThat(account.roles()).containsExactly("user");
    }

    @Test
    void keeps_an_account_without_name_or_password() {
        Account account = Account.restore(UUID.randomUUID(), uniqueEmail(), null, null, true, Set.of("user"),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        write(() -> repository().insert(account));

        assertThat(repository().findById(account.id())).contains(account);
    }

    @Test
    void refuses_a_second_account_with_the_same_email() {
        EmailAddress email = uniqueEmail();
        write(() -> repository().insert(newAccount(email)));

        Account second = newAccount(email);
        assertThatThrownBy(() -> write(() -> repository().insert(second)))
                .isInstanceOf(DuplicateEmailException.class);
        assertThat(repository().findById(second.id())).isEmpty();
    }

    @Test
    void finds_nothing_for_unknown_keys() {
        assertThat(repository().findById(UUID.randomUUID())).isEmpty();
        assertThat(repository().findByEmail(uniqueEmail())).isEmpty();
    }
}

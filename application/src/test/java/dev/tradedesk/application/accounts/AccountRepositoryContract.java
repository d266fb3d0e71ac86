package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.out.AccountProfile;
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
    void reads_the_profile_fields_alone_and_follows_their_changes() {
        Account account = newAccount(uniqueEmail());
        write(() -> repository().insert(account));

        assertThat(repository().findProfile(account.id())).contains(new AccountProfile(account.id(), account.email(),
                account.name(), false, account.createdAt()));

        EmailAddress moved = uniqueEmail();
        write(() -> repository().updateName(account.id(), null));
        write(() -> repository().changeEmail(account.id(), moved));
        write(() -> repository().markEmailVerified(account.id()));
        assertThat(repository().findProfile(account.id())).contains(new AccountProfile(account.id(), moved, null, true,
                account.createdAt()));

        write(() -> repository().delete(account.id()));
        assertThat(repository().findProfile(account.id())).isEmpty();
        assertThat(repository().findProfile(UUID.randomUUID())).isEmpty();
    }

    @Test
    void keeps_an_account_without_name_or_password() {
        Account account = Account.restore(UUID.randomUUID(), uniqueEmail(), null, null, true, Set.of("user"), 3,
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

    @Test
    void replaces_the_password_hash_and_nothing_else() {
        Account account = newAccount(uniqueEmail());
        Account other = newAccount(uniqueEmail());
        write(() -> {
            repository().insert(account);
            repository().insert(other);
        });

        write(() -> repository().updatePassword(account.id(), "new-hash"));

        Account updated = repository().findById(account.id()).orElseThrow();
        assertThat(updated.passwordHash()).isEqualTo("new-hash");
        assertThat(updated).usingRecursiveComparison().ignoringFields("passwordHash").isEqualTo(account);
        assertThat(repository().findById(other.id())).contains(other);
    }

    @Test
    void gives_a_passwordless_account_its_first_password() {
        Account account = Account.restore(UUID.randomUUID(), uniqueEmail(), null, null, true, Set.of("user"), 0,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        write(() -> repository().insert(account));

        write(() -> repository().updatePassword(account.id(), "first-hash"));

        assertThat(repository().findByEmail(account.email()).orElseThrow().password()).contains("first-hash");
    }

    @Test
    void marks_the_email_verified_and_nothing_else() {
        Account account = newAccount(uniqueEmail());
        write(() -> repository().insert(account));
        assertThat(account.emailVerified()).isFalse();

        write(() -> repository().markEmailVerified(account.id()));
        write(() -> repository().markEmailVerified(account.id()));

        Account verified = repository().findById(account.id()).orElseThrow();
        assertThat(verified.emailVerified()).isTrue();
        assertThat(verified).usingRecursiveComparison().ignoringFields("emailVerified").isEqualTo(account);
    }

    @Test
    void updates_of_an_unknown_user_change_nothing() {
        UUID unknown = UUID.randomUUID();

        write(() -> {
            repository().updatePassword(unknown, "new-hash");
            repository().markEmailVerified(unknown);
        });

        assertThat(repository().findById(unknown)).isEmpty();
    }

    @Test
    void renames_and_removes_the_name() {
        Account account = newAccount(uniqueEmail());
        write(() -> repository().insert(account));

        write(() -> repository().updateName(account.id(), DisplayName.ofNullable("Grace")));
        assertThat(repository().findById(account.id()).orElseThrow().name()).isEqualTo(DisplayName.ofNullable("Grace"));
        write(() -> repository().updateName(account.id(), null));
        assertThat(repository().findById(account.id()).orElseThrow().name()).isNull();
    }

    @Test
    void moves_to_a_new_email_which_is_then_unverified_and_frees_the_old_one() {
        Account account = Account.restore(UUID.randomUUID(), uniqueEmail(), null, "hash", true, Set.of("user"), 0,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        write(() -> repository().insert(account));
        EmailAddress moved = uniqueEmail();

        write(() -> repository().changeEmail(account.id(), moved));

        Account after = repository().findById(account.id()).orElseThrow();
        assertThat(after.email()).isEqualTo(moved);
        assertThat(after.emailVerified()).isFalse();
        assertThat(repository().findByEmail(moved)).isPresent();
        assertThat(repository().findByEmail(account.email())).isEmpty();
        write(() -> repository().insert(newAccount(account.email())));
    }

    @Test
    void refuses_to_move_to_an_email_another_account_has() {
        Account first = newAccount(uniqueEmail());
        Account second = newAccount(uniqueEmail());
        write(() -> repository().insert(first));
        write(() -> repository().insert(second));

        assertThatThrownBy(() -> write(() -> repository().changeEmail(second.id(), first.email())))
                .isInstanceOf(DuplicateEmailException.class);
        assertThat(repository().findById(second.id()).orElseThrow().email()).isEqualTo(second.email());
    }

    @Test
    void deletes_an_account_and_its_email_becomes_free() {
        Account account = newAccount(uniqueEmail());
        write(() -> repository().insert(account));
        boolean[] deleted = new boolean[2];

        write(() -> deleted[0] = repository().delete(account.id()));
        write(() -> deleted[1] = repository().delete(account.id()));

        assertThat(deleted).containsExactly(true, false);
        assertThat(repository().findById(account.id())).isEmpty();
        assertThat(repository().findByEmail(account.email())).isEmpty();
    }

    @Test
    void searches_email_and_name_case_insensitively_in_stable_pages() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        Account byEmail1 = Account.register(UUID.randomUUID(), EmailAddress.of("a-" + marker + "@example.com"), null,
                "h", Instant.now());
        Account byEmail2 = Account.register(UUID.randomUUID(), EmailAddress.of("b-" + marker + "@example.com"), null,
                "h", Instant.now());
        Account byName = Account.register(UUID.randomUUID(), uniqueEmail(),
                DisplayName.ofNullable("Dr " + marker.toUpperCase() + " Who"), "h", Instant.now());
        write(() -> {
            repository().insert(byEmail1);
            repository().insert(byEmail2);
            repository().insert(byName);
        });

        var all = repository().search(marker.toUpperCase(), 0, 10);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(Account::id).containsExactlyInAnyOrder(byEmail1.id(), byEmail2.id(), byName.id());
        assertThat(all.items()).extracting(a -> a.email().value()).isSorted();

        var first = repository().search(marker, 0, 2);
        var second = repository().search(marker, 2, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void search_takes_like_wildcards_literally() {
        String marker = "w" + UUID.randomUUID().toString().substring(0, 8);
        Account account = Account.register(UUID.randomUUID(), EmailAddress.of(marker + "@example.com"),
                DisplayName.ofNullable("100% " + marker), "h", Instant.now());
        write(() -> repository().insert(account));

        assertThat(repository().search("100% " + marker, 0, 10).items()).extracting(Account::id).containsExactly(account.id());
        assertThat(repository().search(marker + "_", 0, 10).total()).isZero();
        assertThat(repository().search("%" + marker, 0, 10).total()).isZero();
    }
}

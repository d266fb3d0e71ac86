package dev.tradedesk.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.port.in.UpdateUserCommand;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.roles.InMemoryRoleRepository;
import dev.tradedesk.application.sessions.InMemoryRevocationBus;
import dev.tradedesk.application.sessions.InMemoryRevocationLog;
import dev.tradedesk.application.sessions.InMemorySessionRepository;
import dev.tradedesk.application.sessions.RevocationView;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.accounts.Account;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.EmailTakenException;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.roles.BuiltinRoles;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final AccountProfileCache profiles = InMemoryAccountChangeBus.cacheOn(new InMemoryAccountChangeBus(), accounts);
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(accounts, roles);
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final SessionRevoker revoker = new SessionRevoker(sessions, new InMemoryRevocationLog(),
            new InMemoryRevocationBus(), new RevocationView(), SessionPolicy.DEFAULT, clock);
    private final AccountQueryService query = new AccountQueryService(accounts, roles, new InMemoryLoginHistory(), profiles);
    private final UpdateUserService update = new UpdateUserService(accounts, roles, tx, profiles);
    private final DeleteAccountService delete = new DeleteAccountService(accounts, new InMemoryOneTimeCodeRepository(),
            revoker, tx, profiles);

    private Account user(String email) {
        Account account = Account.register(UUID.randomUUID(), EmailAddress.of(email), null, "h", clock.instant());
        accounts.insert(account);
        return account;
    }

    private static Actor actor(Account account, String role, Set<String> permissions) {
        return new Actor(account.id(), UUID.randomUUID(), Set.of(role), permissions);
    }

    private final Account ada = user("ada@example.com");
    private final Account bob = user("bob@example.com");
    private final Actor adaActor = actor(ada, "user", BuiltinRoles.ROLES.get("user"));
    private final Actor admin = actor(user("admin@example.com"), "admin", BuiltinRoles.PERMISSIONS);
    private final Actor reader = actor(user("reader@example.com"), "support", Set.of("users:read"));

    @Test
    void listing_users_needs_users_read_and_checks_the_page_bounds() {
        assertThatThrownBy(() -> query.users(adaActor, 0, 50, null)).isInstanceOf(ForbiddenException.class);

        var page = query.users(admin, 0, 2, null);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(u -> u.email()).containsExactly("ada@example.com", "admin@example.com");
        assertThat(query.users(admin, 0, 50, " BOB ").items()).extracting(u -> u.id()).containsExactly(bob.id());

        assertThatThrownBy(() -> query.users(admin, -1, 50, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> query.users(admin, 0, 0, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> query.users(admin, 0, 201, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void another_users_id_is_unknown_to_a_plain_user_and_visible_to_a_reader() {
        assertThat(query.user(adaActor, ada.id()).email()).isEqualTo("ada@example.com");
        assertThatThrownBy(() -> query.user(adaActor, bob.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> query.user(adaActor, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(query.user(reader, bob.id()).email()).isEqualTo("bob@example.com");
        assertThatThrownBy(() -> query.user(reader, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_user_renames_themself_but_changes_their_email_only_through_users_me() {
        assertThat(update.update(adaActor, ada.id(), UpdateUserCommand.of("Ada", null)).name()).isEqualTo("Ada");
        assertThatThrownBy(() -> update.update(adaActor, ada.id(), UpdateUserCommand.of(null, "new@example.com")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> update.update(adaActor, bob.id(), UpdateUserCommand.of("Hacked", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(reader, bob.id(), UpdateUserCommand.of("Hacked", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(accounts.findById(bob.id()).orElseThrow().name()).isNull();
    }

    @Test
    void an_administrator_changes_names_and_emails_which_become_unverified() {
        var changed = update.update(admin, bob.id(), UpdateUserCommand.of("Robert", "robert@example.com"));

        assertThat(changed.name()).isEqualTo("Robert");
        assertThat(changed.email()).isEqualTo("robert@example.com");
        assertThat(changed.emailVerified()).isFalse();
        assertThatThrownBy(() -> update.update(admin, bob.id(), UpdateUserCommand.of(null, "ada@example.com")))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void deleting_another_user_needs_users_delete() {
        assertThatThrownBy(() -> delete.delete(adaActor, bob.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(reader, bob.id())).isInstanceOf(ForbiddenException.class);
        assertThat(accounts.findById(bob.id())).isPresent();

        delete.delete(admin, bob.id());
        assertThat(accounts.findById(bob.id())).isEmpty();
        assertThatThrownBy(() -> delete.delete(admin, bob.id())).isInstanceOf(NotFoundException.class);
        delete.delete(adaActor, ada.id());
        assertThat(accounts.findById(ada.id())).isEmpty();
    }

    @Test
    void a_caller_without_a_token_is_refused_rather_than_told_nothing_exists() {
        Actor anonymous = Actor.anonymous(Set.of());
        assertThatThrownBy(() -> query.user(anonymous, bob.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> query.users(anonymous, 0, 50, null)).isInstanceOf(ForbiddenException.class);
        assertThat(query.user(Actor.anonymous(Set.of("users:read")), bob.id()).email())
                .as("unless the anonymous role grants it").isEqualTo("bob@example.com");
    }
}

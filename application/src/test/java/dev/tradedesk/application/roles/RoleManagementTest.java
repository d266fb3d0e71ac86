package dev.tradedesk.application.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradedesk.application.accounts.InMemoryAccountRepository;
import dev.tradedesk.application.common.InMemoryTransactionRunner;
import dev.tradedesk.application.common.MutableClock;
import dev.tradedesk.application.roles.port.in.CreateRoleCommand;
import dev.tradedesk.application.roles.port.in.UpdateRoleCommand;
import dev.tradedesk.application.sessions.InMemoryRevocationBus;
import dev.tradedesk.application.sessions.InMemoryRevocationLog;
import dev.tradedesk.application.sessions.InMemorySessionRepository;
import dev.tradedesk.application.sessions.RevocationView;
import dev.tradedesk.application.sessions.SessionPolicy;
import dev.tradedesk.application.sessions.SessionRevoker;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.common.ForbiddenException;
import dev.tradedesk.domain.common.NotFoundException;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.roles.BuiltinRoleException;
import dev.tradedesk.domain.roles.BuiltinRoles;
import dev.tradedesk.domain.roles.RoleExistsException;
import dev.tradedesk.domain.sessions.Revocation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The role use cases with in-memory adapters: permissions, idempotence, and the revocations they write. */
class RoleManagementTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryRoleRepository roles = new InMemoryRoleRepository();
    private final InMemoryRevocationLog log = new InMemoryRevocationLog();
    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final SessionRevoker revoker = new SessionRevoker(
            new InMemorySessionRepository(new InMemoryAccountRepository(), roles), log, new InMemoryRevocationBus(),
            new RevocationView(), SessionPolicy.DEFAULT, clock);

    private final RoleQueryService query = new RoleQueryService(roles);
    private final CreateRoleService create = new CreateRoleService(roles, tx);
    private final UpdateRoleService update = new UpdateRoleService(roles, revoker, tx);
    private final DeleteRoleService delete = new DeleteRoleService(roles, revoker, tx);
    private final AssignRoleService assign = new AssignRoleService(roles, revoker, tx);

    private final Actor superuser = actor(Set.of(BuiltinRoles.SUPERUSER), Set.of());
    private final Actor admin = actor(Set.of(BuiltinRoles.ADMIN), BuiltinRoles.PERMISSIONS);
    private final Actor plain = actor(Set.of(BuiltinRoles.USER), BuiltinRoles.ROLES.get(BuiltinRoles.USER));
    private final Actor anonymous = Actor.anonymous(Set.of());

    private static Actor actor(Set<String> roleNames, Set<String> permissions) {
        return new Actor(UUID.randomUUID(), UUID.randomUUID(), roleNames, permissions);
    }

    private UUID newUser() {
        UUID id = UUID.randomUUID();
        roles.addUser(id);
        return id;
    }

    private List<Revocation> revocations() {
        return log.active(clock.instant());
    }

    @Test
    void creates_reads_updates_and_deletes_a_role_with_the_right_permissions() {
        assertThatThrownBy(() -> query.list(plain)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> create.create(plain, CreateRoleCommand.of("desk", null, List.of())))
                .isInstanceOf(ForbiddenException.class);

        create.create(admin, CreateRoleCommand.of("desk", "Desk", List.of("orders:place", "desk:watch")));

        assertThatThrownBy(() -> create.create(admin, CreateRoleCommand.of("desk", null, List.of())))
                .isInstanceOf(RoleExistsException.class);
        assertThat(query.get(admin, "desk").permissions()).containsExactly("desk:watch", "orders:place");
        assertThat(query.list(superuser)).extracting(r -> r.name()).contains("desk", "admin", "anonymous");

        var changed = update.update(admin, "desk", UpdateRoleCommand.of(null, List.of("market:read")));
        assertThat(changed.description()).isEqualTo("Desk");
        assertThat(changed.permissions()).containsExactly("market:read");

        delete.delete(admin, "desk");
        assertThatThrownBy(() -> query.get(admin, "desk")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(admin, "desk")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> query.get(admin, "Not A Name")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void built_in_roles_cannot_be_deleted_but_their_permissions_can_change() {
        assertThatThrownBy(() -> delete.delete(admin, BuiltinRoles.ANONYMOUS)).isInstanceOf(BuiltinRoleException.class);

        update.update(admin, BuiltinRoles.ANONYMOUS, UpdateRoleCommand.of(null, List.of("market:read")));

        assertThat(roles.permissionsOf(Set.of(BuiltinRoles.ANONYMOUS))).containsExactly("market:read");
    }

    @Test
    void commands_report_every_invalid_field() {
        assertThatThrownBy(() -> CreateRoleCommand.of("Bad Name", "x".repeat(501), List.of("ok:read", "nope")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("name", "description", "permissions[1]"));
        assertThatThrownBy(() -> UpdateRoleCommand.of(null, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void assigning_and_revoking_is_idempotent_and_voids_older_tokens_only_on_a_change() {
        UUID user = newUser();

        assign.assign(admin, user, BuiltinRoles.ADMIN);
        assign.assign(admin, user, BuiltinRoles.ADMIN);

        assertThat(query.rolesOf(admin, user)).containsExactly(BuiltinRoles.ADMIN);
        assertThat(revocations()).extracting(Revocation::userId, Revocation::minVersion).containsExactly(
                org.assertj.core.groups.Tuple.tuple(user, 1L));

        assign.revoke(admin, user, BuiltinRoles.ADMIN);
        assign.revoke(admin, user, BuiltinRoles.ADMIN);

        assertThat(query.rolesOf(admin, user)).isEmpty();
        assertThat(revocations()).extracting(Revocation::minVersion).containsExactly(1L, 2L);
        assertThatThrownBy(() -> assign.assign(admin, UUID.randomUUID(), BuiltinRoles.USER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assign.assign(admin, user, "no-such-role")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assign.assign(plain, user, BuiltinRoles.USER)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void only_a_superuser_grants_or_takes_superuser() {
        UUID user = newUser();

        assertThatThrownBy(() -> assign.assign(admin, user, BuiltinRoles.SUPERUSER)).isInstanceOf(ForbiddenException.class);
        assign.assign(superuser, user, BuiltinRoles.SUPERUSER);
        assertThatThrownBy(() -> assign.revoke(admin, user, BuiltinRoles.SUPERUSER)).isInstanceOf(ForbiddenException.class);
        assign.revoke(superuser, user, BuiltinRoles.SUPERUSER);

        assertThat(roles.rolesOf(user)).isEmpty();
    }

    @Test
    void changing_or_deleting_a_role_voids_the_tokens_of_each_holder() {
        create.create(admin, CreateRoleCommand.of("desk", null, List.of("desk:watch")));
        UUID first = newUser();
        UUID second = newUser();
        UUID bystander = newUser();
        assign.assign(admin, first, "desk");
        assign.assign(admin, second, "desk");
        int before = revocations().size();

        update.update(admin, "desk", UpdateRoleCommand.of(null, List.of("desk:trade")));
        assertThat(revocations().subList(before, revocations().size()))
                .extracting(Revocation::userId).containsExactlyInAnyOrder(first, second);

        delete.delete(admin, "desk");
        assertThat(revocations()).extracting(Revocation::userId).doesNotContain(bystander);
        assertThat(roles.versionOf(first)).isEqualTo(3);
        assertThat(roles.rolesOf(first)).isEmpty();
    }

    @Test
    void a_user_sees_their_own_roles_and_permissions_but_another_users_are_not_found_without_roles_read() {
        UUID user = newUser();
        roles.assign(user, BuiltinRoles.USER);
        Actor self = new Actor(user, UUID.randomUUID(), Set.of(BuiltinRoles.USER), Set.of());
        UUID other = newUser();

        assertThat(query.rolesOf(self, user)).containsExactly(BuiltinRoles.USER);
        assertThat(query.userHas(self, user, "orders:place")).isTrue();
        assertThat(query.userHas(self, user, "roles:read")).isFalse();
        assertThatThrownBy(() -> query.rolesOf(self, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> query.userHas(self, other, "orders:place")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> query.rolesOf(anonymous, other)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> query.rolesOf(admin, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> query.userHas(self, user, "bad")).isInstanceOf(ValidationException.class);

        roles.assign(other, BuiltinRoles.SUPERUSER);
        assertThat(query.userHas(admin, other, "anything:at-all")).isTrue();
        assertThat(query.callerHas(superuser, "anything:at-all")).isTrue();
        assertThat(query.callerHas(anonymous, "market:read")).isFalse();
    }

    @Test
    void the_anonymous_actor_is_read_at_most_once_per_second() {
        var service = new AnonymousActorService(roles, clock, Duration.ofSeconds(1));
        assertThat(service.anonymous().permissions()).isEmpty();
        assertThat(service.anonymous().isAnonymous()).isTrue();

        update.update(admin, BuiltinRoles.ANONYMOUS, UpdateRoleCommand.of(null, List.of("market:read")));
        assertThat(service.anonymous().permissions()).as("cached").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(service.anonymous().permissions()).containsExactly("market:read");
    }
}

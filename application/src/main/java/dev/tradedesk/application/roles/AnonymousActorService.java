package dev.tradedesk.application.roles;

import dev.tradedesk.application.roles.port.in.AnonymousActorQuery;
import dev.tradedesk.application.roles.port.out.RoleRepository;
import dev.tradedesk.domain.common.Actor;
import dev.tradedesk.domain.roles.BuiltinRoles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The anonymous actor, from the {@code anonymous} role's permissions, read at most once per
 * {@code maxAge} (one second by default) on each node: a change of that role reaches every node within
 * that time, without a store lookup on every anonymous request.
 */
public final class AnonymousActorService implements AnonymousActorQuery {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(1);

    private record Cached(Actor actor, Instant readAt) {
    }

    private final RoleRepository roles;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Cached cached;

    public AnonymousActorService(RoleRepository roles, Clock clock, Duration maxAge) {
        this.roles = roles;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public Actor anonymous() {
        Instant now = clock.instant();
        Cached current = cached;
        if (current == null || !now.isBefore(current.readAt().plus(maxAge)) || now.isBefore(current.readAt())) {
            Set<String> permissions = roles.permissionsOf(Set.of(BuiltinRoles.ANONYMOUS));
            current = new Cached(Actor.anonymous(permissions), now);
            cached = current;
        }
        return current.actor();
    }
}

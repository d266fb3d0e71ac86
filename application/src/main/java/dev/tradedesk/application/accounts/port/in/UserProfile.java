package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.Account;
import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/** A user as shown to clients: the account, its roles and the permissions they grant. */
public record UserProfile(UUID id, String email, String name, boolean emailVerified, SortedSet<String> roles,
                          SortedSet<String> permissions, Instant createdAt) {

    public UserProfile {
        roles = new TreeSet<>(roles);
        permissions = new TreeSet<>(permissions);
    }

    public static UserProfile of(Account account, Set<String> permissions) {
        return of(account, account.roles(), permissions);
    }

    /** The account with grants known otherwise (a verified access token's, for the caller itself). */
    public static UserProfile of(Account account, Set<String> roles, Set<String> permissions) {
        return new UserProfile(account.id(), account.email().value(),
                account.name() == null ? null : account.name().value(), account.emailVerified(),
                new TreeSet<>(roles), new TreeSet<>(permissions), account.createdAt());
    }
}

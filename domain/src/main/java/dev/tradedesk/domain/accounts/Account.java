package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.Timestamps;
import dev.tradedesk.domain.sessions.TokenSubject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user account. Built only through {@link #register} (a new account) or {@link #restore} (one read
 * back from storage); both check the same invariants.
 *
 * @param passwordHash the encoded password hash, or {@code null} for an account that signs in with
 *                     email codes only
 * @param authzVersion raised whenever what the user's access tokens say (roles, permissions) changes;
 *                     tokens carrying an older version stop working
 */
public record Account(UUID id, EmailAddress email, DisplayName name, String passwordHash,
                      boolean emailVerified, Set<String> roles, long authzVersion, Instant createdAt) {

    /** Every new account gets this role. */
    public static final String DEFAULT_ROLE = dev.tradedesk.domain.roles.BuiltinRoles.USER;

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        if (passwordHash != null && passwordHash.isBlank()) {
            throw new IllegalArgumentException("a password hash cannot be blank");
        }
    }

    public static Account register(UUID id, EmailAddress email, DisplayName name, String passwordHash, Instant now) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return new Account(id, email, name, passwordHash, false, Set.of(DEFAULT_ROLE), 0, Timestamps.stored(now));
    }

    public static Account restore(UUID id, EmailAddress email, DisplayName name, String passwordHash,
                                  boolean emailVerified, Set<String> roles, long authzVersion, Instant createdAt) {
        return new Account(id, email, name, passwordHash, emailVerified, roles, authzVersion, createdAt);
    }

    /** What this account's access tokens say, given the permissions its roles grant. */
    public TokenSubject tokenSubject(Set<String> permissions) {
        return new TokenSubject(id, roles, permissions, authzVersion);
    }

    public Optional<String> password() {
        return Optional.ofNullable(passwordHash);
    }

    @Override
    public String toString() {
        return "Account[id=" + id + ", email=" + email + "]";
    }
}

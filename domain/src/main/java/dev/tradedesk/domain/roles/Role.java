package dev.tradedesk.domain.roles;

import dev.tradedesk.domain.common.ValidationException;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named set of permissions (API.md, "Roles and permissions"). Built-in roles cannot be deleted, but
 * their permissions may be changed (for example to let {@code anonymous} read market data).
 *
 * @param permissions permission strings, each a valid {@link Permission}; kept sorted
 */
public record Role(String name, String description, Set<String> permissions, boolean builtin) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_.-]{1,64}");
    public static final int MAX_DESCRIPTION = 500;

    public Role {
        name = checkName(name);
        description = description == null ? "" : description;
        SortedSet<String> sorted = new TreeSet<>();
        for (String permission : Objects.requireNonNull(permissions, "permissions")) {
            sorted.add(new Permission(permission).value());
        }
        permissions = Collections.unmodifiableSortedSet(sorted);
    }

    /** A role name {@code [a-z0-9_.-]{1,64}}; throws {@link ValidationException} otherwise. */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ValidationException.of("name", "must be 1 to 64 of a-z, 0-9, '_', '.', '-'");
        }
        return name;
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public Role withDescriptionAndPermissions(String newDescription, Set<String> newPermissions) {
        return new Role(name, newDescription, newPermissions, builtin);
    }
}

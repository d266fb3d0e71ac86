package dev.tradedesk.domain.roles;

import java.util.Map;
import java.util.Set;

/**
 * The permissions and roles every TradeDesk has (API.md, "Roles and permissions"). The database
 * migration seeds the same rows; a contract test holds the two together.
 */
public final class BuiltinRoles {

    public static final String SUPERUSER = "superuser";
    public static final String ADMIN = "admin";
    public static final String USER = "user";
    public static final String ANONYMOUS = "anonymous";

    public static final Set<String> PERMISSIONS = Set.of(
            "users:read", "users:write", "users:delete",
            "roles:read", "roles:write", "roles:assign",
            "wallets:read", "wallets:credit",
            "orders:place", "orders:read",
            "market:read", "ticker:subscribe");

    /** Role name to the permissions it grants when created. */
    public static final Map<String, Set<String>> ROLES = Map.of(
            SUPERUSER, PERMISSIONS,
            ADMIN, PERMISSIONS,
            USER, Set.of("orders:place", "orders:read", "market:read", "ticker:subscribe"),
            ANONYMOUS, Set.of());

    private BuiltinRoles() {
    }
}

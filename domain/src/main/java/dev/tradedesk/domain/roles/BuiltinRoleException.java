package dev.tradedesk.domain.roles;

import dev.tradedesk.domain.common.DomainException;

/** Built-in roles cannot be deleted. */
public class BuiltinRoleException extends DomainException {

    private static final long serialVersionUID = 1L;

    public BuiltinRoleException(String name) {
        super("role_builtin", "The role " + name + " is built in and cannot be deleted.");
    }
}

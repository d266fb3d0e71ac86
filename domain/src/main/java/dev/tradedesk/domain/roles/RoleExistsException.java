package dev.tradedesk.domain.roles;

import dev.tradedesk.domain.common.DomainException;

/** A role of that name exists already. */
public class RoleExistsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RoleExistsException(String name) {
        super("role_exists", "A role named " + name + " exists already.");
    }
}

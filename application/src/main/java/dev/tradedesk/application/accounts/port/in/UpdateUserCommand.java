package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.common.Validator;

/**
 * An administrative change of a user's name or email; a {@code null} field is left alone and a blank
 * name removes it. Roles, verification and credentials are never set this way.
 */
public record UpdateUserCommand(boolean nameGiven, DisplayName name, EmailAddress email) {

    public static UpdateUserCommand of(String name, String email) {
        var v = new Validator();
        DisplayName displayName = name == null ? null : v.check("name", name, DisplayName::ofNullable);
        EmailAddress address = email == null ? null : v.check("email", email, EmailAddress::of);
        v.throwIfInvalid();
        return new UpdateUserCommand(name != null, displayName, address);
    }
}

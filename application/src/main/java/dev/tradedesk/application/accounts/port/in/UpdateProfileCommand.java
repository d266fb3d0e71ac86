package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.common.Validator;

/**
 * Changes to the caller's own account. A {@code null} field is left as it is; a blank {@code name}
 * removes the name. Changing the email or the password needs the current password.
 *
 * @param nameGiven whether the request named the name at all (to tell "remove" from "leave alone")
 */
public record UpdateProfileCommand(boolean nameGiven, DisplayName name, EmailAddress email, PlainPassword password,
                                   PlainPassword currentPassword) {

    public static UpdateProfileCommand of(String name, String email, String password, String currentPassword) {
        var v = new Validator();
        DisplayName displayName = name == null ? null : v.check("name", name, DisplayName::ofNullable);
        EmailAddress address = email == null ? null : v.check("email", email, EmailAddress::of);
        PlainPassword newPassword = password == null ? null : v.check("password", password, PlainPassword::of);
        PlainPassword current = currentPassword == null ? null : PlainPassword.offered(currentPassword);
        v.throwIfInvalid();
        return new UpdateProfileCommand(name != null, displayName, address, newPassword, current);
    }
}

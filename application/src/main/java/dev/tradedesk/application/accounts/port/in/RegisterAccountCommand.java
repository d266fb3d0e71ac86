package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.DisplayName;
import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.util.Objects;

/** A new account with a password; {@code name} is optional. */
public record RegisterAccountCommand(EmailAddress email, PlainPassword password, DisplayName name, ClientInfo client) {

    public RegisterAccountCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(client, "client");
    }

    /** Parses raw input, reporting every invalid field at once. */
    public static RegisterAccountCommand of(String email, String password, String name, ClientInfo client) {
        var v = new Validator();
        EmailAddress address = v.check("email", email, EmailAddress::of);
        PlainPassword plain = v.check("password", password, PlainPassword::of);
        DisplayName displayName = name == null ? null : v.check("name", name, DisplayName::ofNullable);
        v.throwIfInvalid();
        return new RegisterAccountCommand(address, plain, displayName, client);
    }
}

package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.common.ValidationException;
import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * A password sign-in. Only presence is validated: an email of the wrong shape is simply an unknown
 * account, answered like every other failed sign-in.
 */
public record LogInWithPasswordCommand(String email, PlainPassword password, ClientInfo client) {

    public LogInWithPasswordCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(client, "client");
    }

    public static LogInWithPasswordCommand of(String email, String password, ClientInfo client) {
        var v = new Validator();
        v.require("email", email);
        PlainPassword offered = v.check("password", password, PlainPassword::offered);
        v.throwIfInvalid();
        return new LogInWithPasswordCommand(email, offered, client);
    }

    /** The email in its stored form, or empty when it cannot be anybody's. */
    public Optional<EmailAddress> emailAddress() {
        try {
            return Optional.of(EmailAddress.of(email));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}

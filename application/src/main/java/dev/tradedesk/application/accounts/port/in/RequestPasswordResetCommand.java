package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.util.Objects;

/**
 * A request to mail a password-reset code to {@code email}. {@code client} is where the request came
 * from, for limits per client in front of the use case.
 */
public record RequestPasswordResetCommand(EmailAddress email, ClientInfo client) {

    public RequestPasswordResetCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(client, "client");
    }

    /** Parses raw input: the email is trimmed and lower-cased, and must be well formed. */
    public static RequestPasswordResetCommand of(String email, ClientInfo client) {
        var v = new Validator();
        EmailAddress address = v.check("email", email, EmailAddress::of);
        v.throwIfInvalid();
        return new RequestPasswordResetCommand(address, client);
    }
}

package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.util.Objects;

/**
 * A request to mail a sign-in code to {@code email}. {@code client} is where the request came from, for
 * limits per client in front of the use case.
 */
public record RequestEmailCodeCommand(EmailAddress email, ClientInfo client) {

    public RequestEmailCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(client, "client");
    }

    /** Parses raw input: the email is trimmed and lower-cased, and must be well formed. */
    public static RequestEmailCodeCommand of(String email, ClientInfo client) {
        var v = new Validator();
        EmailAddress address = v.check("email", email, EmailAddress::of);
        v.throwIfInvalid();
        return new RequestEmailCodeCommand(address, client);
    }
}

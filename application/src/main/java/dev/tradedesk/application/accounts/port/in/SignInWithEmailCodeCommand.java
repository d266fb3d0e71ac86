package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.common.Validator;
import dev.tradedesk.domain.sessions.ClientInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-in with a mailed code. Only presence is validated: an email of the wrong shape, or a code that
 * is not six digits, simply matches no code and is answered like every other failed attempt.
 *
 * @param code the code as typed, surrounding white space removed
 */
public record SignInWithEmailCodeCommand(String email, String code, ClientInfo client) {

    public SignInWithEmailCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(client, "client");
        code = code.strip();
    }

    public static SignInWithEmailCodeCommand of(String email, String code, ClientInfo client) {
        var v = new Validator();
        v.require("email", email);
        v.require("code", code);
        v.throwIfInvalid();
        return new SignInWithEmailCodeCommand(email, code, client);
    }

    /** The email in its stored form, or empty when it cannot be anybody's. */
    public Optional<EmailAddress> emailAddress() {
        return EmailCodeInput.address(email);
    }

    @Override
    public String toString() {
        return "SignInWithEmailCodeCommand[email=" + email + "]";
    }
}

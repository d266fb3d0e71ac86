package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.accounts.PlainPassword;
import dev.tradedesk.domain.common.Validator;
import java.util.Objects;
import java.util.Optional;

/**
 * A new password set with a mailed reset code. The new password must meet the rules of a new password
 * (field {@code new_password}); the email and code only need to be present: a malformed one matches no
 * code and is answered like every other failed attempt.
 *
 * @param code the code as typed, surrounding white space removed
 */
public record ResetPasswordCommand(String email, String code, PlainPassword newPassword) {

    /** The field name under which problems with the new password are reported. */
    public static final String NEW_PASSWORD_FIELD = "new_password";

    public ResetPasswordCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(newPassword, "newPassword");
        code = code.strip();
    }

    /** Parses raw input, reporting every invalid field at once. */
    public static ResetPasswordCommand of(String email, String code, String newPassword) {
        var v = new Validator();
        v.require("email", email);
        v.require("code", code);
        PlainPassword password = v.check(NEW_PASSWORD_FIELD, newPassword, PlainPassword::of);
        v.throwIfInvalid();
        return new ResetPasswordCommand(email, code, password);
    }

    /** The email in its stored form, or empty when it cannot be anybody's. */
    public Optional<EmailAddress> emailAddress() {
        return EmailCodeInput.address(email);
    }

    @Override
    public String toString() {
        return "ResetPasswordCommand[email=" + email + "]";
    }
}

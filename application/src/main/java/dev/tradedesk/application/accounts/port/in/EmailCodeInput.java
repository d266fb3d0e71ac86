package dev.tradedesk.application.accounts.port.in;

import dev.tradedesk.domain.accounts.EmailAddress;
import dev.tradedesk.domain.common.ValidationException;
import java.util.Optional;

/** Reading the email of a code exchange, where a malformed address is just an address without a code. */
final class EmailCodeInput {

    private EmailCodeInput() {
    }

    static Optional<EmailAddress> address(String raw) {
        try {
            return Optional.of(EmailAddress.of(raw));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}

package dev.tradedesk.application.accounts.port.out;

import dev.tradedesk.domain.accounts.PlainPassword;
import java.util.List;
import java.util.Optional;

/** Estimates how guessable a new password is. */
public interface PasswordStrength {

    /**
     * @param userInputs the user's own data (email, name) that must not make up the password
     * @return why the password is too weak, or empty when it is strong enough
     */
    Optional<String> weakness(PlainPassword password, List<String> userInputs);
}

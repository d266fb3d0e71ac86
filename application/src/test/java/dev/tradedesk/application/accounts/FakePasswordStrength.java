package dev.tradedesk.application.accounts;

import dev.tradedesk.application.accounts.port.out.PasswordStrength;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Rejects a short list of notorious passwords and any password containing the user's own data. */
public final class FakePasswordStrength implements PasswordStrength {

    private static final Set<String> COMMON = Set.of("password", "password1", "12345678", "123456789",
            "qwertyuiop", "iloveyou", "letmein1", "passw0rd");

    @Override
    public Optional<String> weakness(PlainPassword password, List<String> userInputs) {
        String candidate = password.reveal().toLowerCase(Locale.ROOT);
        if (COMMON.contains(candidate)) {
            return Optional.of("This is a very common password.");
        }
        for (String input : userInputs) {
            String local = input.toLowerCase(Locale.ROOT).split("@")[0];
            if (local.length() >= 4 && candidate.contains(local)) {
                return Optional.of("Avoid using your own name or email in the password.");
            }
        }
        return Optional.empty();
    }
}

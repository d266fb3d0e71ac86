package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.FieldError;
import dev.tradedesk.domain.common.ValidationException;
import java.util.List;

/** The password is long enough but too easy to guess (common, breached, or built from the user's own data). */
public class WeakPasswordException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public WeakPasswordException(String field, String hint) {
        super("weak_password", "The password is too easy to guess.", List.of(new FieldError(field, hint)));
    }
}

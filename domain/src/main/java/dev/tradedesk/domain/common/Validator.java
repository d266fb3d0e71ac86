package dev.tradedesk.domain.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects field errors so that a command reports every invalid field in one answer:
 * <pre>{@code
 * var v = new Validator();
 * EmailAddress email = v.check("email", rawEmail, EmailAddress::of);
 * v.require("password", password);
 * v.throwIfInvalid();
 * }</pre>
 */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    /** Converts a raw value, recording the {@link ValidationException}'s message under {@code field}. */
    public <T, R> R check(String field, T raw, Function<T, R> converter) {
        if (raw == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return converter.apply(raw);
        } catch (ValidationException e) {
            e.errors().forEach(error -> errors.add(new FieldError(field, error.message())));
            return null;
        }
    }

    public <T> T require(String field, T value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return value;
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}

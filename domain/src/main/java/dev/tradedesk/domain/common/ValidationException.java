package dev.tradedesk.domain.common;

import java.util.List;

/** Input that breaks a rule of the domain; carries every rejected field at once. */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        this("validation_failed", "The request has invalid fields.", errors);
    }

    protected ValidationException(String code, String message, List<FieldError> errors) {
        super(code, message);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package dev.tradedesk.domain.common;

import java.util.Objects;

/** One rejected input field: its name as the client sent it, and why it was rejected. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

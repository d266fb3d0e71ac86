package dev.tradedesk.domain.common;

import java.util.Objects;

/**
 * An expected business outcome that ends a use case. The {@link #code()} is the stable, snake_case
 * identifier clients see in the problem details; adapters map each code to a status.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** For a domain outcome caused by a technical failure worth keeping in the logs. */
    protected DomainException(String code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}

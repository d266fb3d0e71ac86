package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.ValidationException;

/** A user's display name: trimmed, 1..100 characters, no control characters. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 100;

    public DisplayName {
        if (value == null || value.isEmpty() || !value.equals(value.strip())) {
            throw ValidationException.of("name", "must not be blank or padded with spaces");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ValidationException.of("name", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("name", "must not contain control characters");
        }
    }

    /** Parses user input: trims it; a blank name means no name. */
    public static DisplayName ofNullable(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return new DisplayName(raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}

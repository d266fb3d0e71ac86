package dev.tradedesk.domain.accounts;

import dev.tradedesk.domain.common.ValidationException;

/**
 * A password as typed: 8..128 characters (Unicode code points, so any script counts fairly), taken
 * as it is, spaces included. {@link #toString()} never reveals it.
 */
public final class PlainPassword {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final String value;

    private PlainPassword(String value) {
        this.value = value;
    }

    /** Checks the length rule of a new password. */
    public static PlainPassword of(String raw) {
        if (raw == null) {
            throw ValidationException.of("password", "is required");
        }
        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw ValidationException.of("password",
                    "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        return new PlainPassword(raw);
    }

    /** A password offered to sign in: no rule applies, it is only ever compared with a hash. */
    public static PlainPassword offered(String raw) {
        if (raw == null) {
            throw ValidationException.of("password", "is required");
        }
        return new PlainPassword(raw);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "PlainPassword[****]";
    }
}

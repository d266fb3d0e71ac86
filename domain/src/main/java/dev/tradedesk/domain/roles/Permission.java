package dev.tradedesk.domain.roles;

import dev.tradedesk.domain.common.ValidationException;
import java.util.regex.Pattern;

/** A permission string {@code resource:action}, for example {@code orders:place}. */
public record Permission(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9_.-]+:[a-z0-9_.*-]+");
    private static final int MAX_LENGTH = 100;

    public Permission {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("permission", "must look like resource:action ([a-z0-9_.-]+:[a-z0-9_.*-]+)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

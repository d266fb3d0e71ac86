package dev.tradedesk.domain.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants at the precision they are stored with (PostgreSQL keeps microseconds). */
public final class Timestamps {

    private Timestamps() {
    }

    /** Truncated to microseconds, so that a value returned at creation equals the one read back later. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}

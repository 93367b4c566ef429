package io.unipile.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The timestamp format Unipile's filters take: ISO 8601 UTC with milliseconds, {@code YYYY-MM-DDTHH:MM:SS.sssZ}. */
public final class Timestamps {
    private static final DateTimeFormatter FILTER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Formats {@code instant} for a {@code before} / {@code after} filter; null stays null. */
    public static String filter(Instant instant) {
        return instant == null ? null : FILTER.format(instant);
    }
}

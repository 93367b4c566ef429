package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Where a job is worked ({@code presence}). Values this library does not know can still be sent with {@link #of}. */
public final class JobPresence extends StringEnum {
    private static final EnumValues<JobPresence> VALUES = new EnumValues<>(JobPresence::new);

    /** {@code on_site}. */
    public static final JobPresence ON_SITE = VALUES.known("on_site");

    /** {@code hybrid}. */
    public static final JobPresence HYBRID = VALUES.known("hybrid");

    /** {@code remote}. */
    public static final JobPresence REMOTE = VALUES.known("remote");

    private JobPresence(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobPresence of(String value) {
        return VALUES.of(value);
    }
}

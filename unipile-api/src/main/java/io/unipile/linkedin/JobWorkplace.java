package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Where the job is done ({@code workplace}). Values this library does not know still parse. */
public final class JobWorkplace extends StringEnum {
    private static final EnumValues<JobWorkplace> VALUES = new EnumValues<>(JobWorkplace::new);

    /** On site. */
    public static final JobWorkplace ON_SITE = VALUES.known("ON_SITE");

    /** Partly remote. */
    public static final JobWorkplace HYBRID = VALUES.known("HYBRID");

    /** Remote. */
    public static final JobWorkplace REMOTE = VALUES.known("REMOTE");

    private JobWorkplace(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobWorkplace of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Where a position is worked ({@code experience[presence]}). */
public final class WorkPresence extends StringEnum {
    private static final EnumValues<WorkPresence> VALUES = new EnumValues<>(WorkPresence::new);

    /** At the employer's site. */
    public static final WorkPresence ON_SITE = VALUES.known("ON_SITE");

    /** Partly remote. */
    public static final WorkPresence HYBRID = VALUES.known("HYBRID");

    /** Remote. */
    public static final WorkPresence REMOTE = VALUES.known("REMOTE");

    private WorkPresence(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WorkPresence of(String value) {
        return VALUES.of(value);
    }
}

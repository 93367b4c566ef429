package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How strongly a Recruiter criterion applies ({@code priority}). Values this library does not know can still be sent with {@link #of}. */
public final class RecruiterPriority extends StringEnum {
    private static final EnumValues<RecruiterPriority> VALUES = new EnumValues<>(RecruiterPriority::new);

    /** {@code CAN_HAVE}. */
    public static final RecruiterPriority CAN_HAVE = VALUES.known("CAN_HAVE");

    /** {@code MUST_HAVE}. */
    public static final RecruiterPriority MUST_HAVE = VALUES.known("MUST_HAVE");

    /** {@code DOESNT_HAVE}. */
    public static final RecruiterPriority DOESNT_HAVE = VALUES.known("DOESNT_HAVE");

    private RecruiterPriority(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecruiterPriority of(String value) {
        return VALUES.of(value);
    }
}

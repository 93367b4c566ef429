package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * How a job posting is published ({@code mode}): for free, or promoted with a budget. Values this library does not
 * know still parse.
 */
public final class JobPublishMode extends StringEnum {
    private static final EnumValues<JobPublishMode> VALUES = new EnumValues<>(JobPublishMode::new);

    /** Free posting. */
    public static final JobPublishMode FREE = VALUES.known("FREE");

    /** Promoted posting, on LinkedIn and Recruiter. */
    public static final JobPublishMode PROMOTED = VALUES.known("PROMOTED");

    /** Promoted posting with more reach; LinkedIn (classic) only. */
    public static final JobPublishMode PROMOTED_PLUS = VALUES.known("PROMOTED_PLUS");

    private JobPublishMode(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobPublishMode of(String value) {
        return VALUES.of(value);
    }
}

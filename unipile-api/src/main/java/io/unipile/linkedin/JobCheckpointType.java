package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * What LinkedIn asks for before it publishes a job posting ({@code type} of a publish checkpoint). Values this library
 * does not know still parse.
 */
public final class JobCheckpointType extends StringEnum {
    private static final EnumValues<JobCheckpointType> VALUES = new EnumValues<>(JobCheckpointType::new);

    /** A code sent by email to the member. */
    public static final JobCheckpointType EMAIL_VERIFICATION = VALUES.known("EMAIL_VERIFICATION");

    /** A one-time password. */
    public static final JobCheckpointType OTP = VALUES.known("OTP");

    private JobCheckpointType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobCheckpointType of(String value) {
        return VALUES.of(value);
    }
}

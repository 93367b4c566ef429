package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The kind of employment of a job ({@code job_type}). Values this library does not know can still be sent with {@link #of}. */
public final class JobType extends StringEnum {
    private static final EnumValues<JobType> VALUES = new EnumValues<>(JobType::new);

    /** {@code full_time}. */
    public static final JobType FULL_TIME = VALUES.known("full_time");

    /** {@code part_time}. */
    public static final JobType PART_TIME = VALUES.known("part_time");

    /** {@code contract}. */
    public static final JobType CONTRACT = VALUES.known("contract");

    /** {@code temporary}. */
    public static final JobType TEMPORARY = VALUES.known("temporary");

    /** {@code volunteer}. */
    public static final JobType VOLUNTEER = VALUES.known("volunteer");

    /** {@code internship}. */
    public static final JobType INTERNSHIP = VALUES.known("internship");

    /** {@code other}. */
    public static final JobType OTHER = VALUES.known("other");

    private JobType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobType of(String value) {
        return VALUES.of(value);
    }
}

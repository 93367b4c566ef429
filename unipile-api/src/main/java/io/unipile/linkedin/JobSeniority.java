package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The seniority a job asks for ({@code seniority}). Values this library does not know still parse. */
public final class JobSeniority extends StringEnum {
    private static final EnumValues<JobSeniority> VALUES = new EnumValues<>(JobSeniority::new);

    /** Internship. */
    public static final JobSeniority INTERNSHIP = VALUES.known("INTERNSHIP");

    /** Entry level. */
    public static final JobSeniority ENTRY_LEVEL = VALUES.known("ENTRY_LEVEL");

    /** Associate. */
    public static final JobSeniority ASSOCIATE = VALUES.known("ASSOCIATE");

    /** Mid-senior level. */
    public static final JobSeniority MID_SENIOR_LEVEL = VALUES.known("MID_SENIOR_LEVEL");

    /** Director. */
    public static final JobSeniority DIRECTOR = VALUES.known("DIRECTOR");

    /** Executive. */
    public static final JobSeniority EXECUTIVE = VALUES.known("EXECUTIVE");

    /** Not applicable. */
    public static final JobSeniority NOT_APPLICABLE = VALUES.known("NOT_APPLICABLE");

    private JobSeniority(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobSeniority of(String value) {
        return VALUES.of(value);
    }
}

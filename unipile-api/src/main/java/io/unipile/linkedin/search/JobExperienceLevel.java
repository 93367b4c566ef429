package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The experience level a job asks for ({@code seniority}). Values this library does not know can still be sent with {@link #of}. */
public final class JobExperienceLevel extends StringEnum {
    private static final EnumValues<JobExperienceLevel> VALUES = new EnumValues<>(JobExperienceLevel::new);

    /** {@code executive}. */
    public static final JobExperienceLevel EXECUTIVE = VALUES.known("executive");

    /** {@code director}. */
    public static final JobExperienceLevel DIRECTOR = VALUES.known("director");

    /** {@code mid_senior}. */
    public static final JobExperienceLevel MID_SENIOR = VALUES.known("mid_senior");

    /** {@code associate}. */
    public static final JobExperienceLevel ASSOCIATE = VALUES.known("associate");

    /** {@code entry}. */
    public static final JobExperienceLevel ENTRY = VALUES.known("entry");

    /** {@code intern}. */
    public static final JobExperienceLevel INTERN = VALUES.known("intern");

    private JobExperienceLevel(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobExperienceLevel of(String value) {
        return VALUES.of(value);
    }
}

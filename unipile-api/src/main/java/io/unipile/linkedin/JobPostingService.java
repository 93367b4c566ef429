package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The LinkedIn service a job posting depends on ({@code service}): LinkedIn itself or Recruiter. Unipile's default,
 * where the parameter is optional, is {@link #CLASSIC}. Values this library does not know still parse.
 */
public final class JobPostingService extends StringEnum {
    private static final EnumValues<JobPostingService> VALUES = new EnumValues<>(JobPostingService::new);

    /** LinkedIn's own job postings. */
    public static final JobPostingService CLASSIC = VALUES.known("CLASSIC");

    /** LinkedIn Recruiter job postings, tied to a hiring project. */
    public static final JobPostingService RECRUITER = VALUES.known("RECRUITER");

    private JobPostingService(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobPostingService of(String value) {
        return VALUES.of(value);
    }
}

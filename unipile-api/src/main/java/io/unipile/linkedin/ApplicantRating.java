package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * How a recruiter rated a job applicant ({@code rating}, and the {@code ratings} filter). Values this library does not
 * know still parse.
 */
public final class ApplicantRating extends StringEnum {
    private static final EnumValues<ApplicantRating> VALUES = new EnumValues<>(ApplicantRating::new);

    /** Not rated yet. */
    public static final ApplicantRating UNRATED = VALUES.known("UNRATED");

    /** A good fit. */
    public static final ApplicantRating GOOD_FIT = VALUES.known("GOOD_FIT");

    /** Maybe. */
    public static final ApplicantRating MAYBE = VALUES.known("MAYBE");

    /** Not a fit. */
    public static final ApplicantRating NOT_A_FIT = VALUES.known("NOT_A_FIT");

    private ApplicantRating(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ApplicantRating of(String value) {
        return VALUES.of(value);
    }
}

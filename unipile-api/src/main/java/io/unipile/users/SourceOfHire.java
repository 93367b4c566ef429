package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How a position was found ({@code experience[source_of_hire]}). */
public final class SourceOfHire extends StringEnum {
    private static final EnumValues<SourceOfHire> VALUES = new EnumValues<>(SourceOfHire::new);

    /** Indeed. */
    public static final SourceOfHire INDEED = VALUES.known("INDEED");

    /** LinkedIn. */
    public static final SourceOfHire LINKEDIN = VALUES.known("LINKEDIN");

    /** The company's website. */
    public static final SourceOfHire COMPANY_WEBSITE = VALUES.known("COMPANY_WEBSITE");

    /** Another job site. */
    public static final SourceOfHire OTHER_JOB_SITES = VALUES.known("OTHER_JOB_SITES");

    /** A referral. */
    public static final SourceOfHire REFERRAL = VALUES.known("REFERRAL");

    /** A recruiter's approach. */
    public static final SourceOfHire CONTACTED_BY_RECRUITER = VALUES.known("CONTACTED_BY_RECRUITER");

    /** A staffing agency. */
    public static final SourceOfHire STAFFING_AGENCY = VALUES.known("STAFFING_AGENCY");

    /** Something else. */
    public static final SourceOfHire OTHER = VALUES.known("OTHER");

    private SourceOfHire(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceOfHire of(String value) {
        return VALUES.of(value);
    }
}

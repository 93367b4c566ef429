package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * Which job postings to list ({@code category} of {@code GET /linkedin/jobs}); Unipile's default is {@link #ACTIVE}.
 * Values this library does not know still parse.
 */
public final class JobPostingCategory extends StringEnum {
    private static final EnumValues<JobPostingCategory> VALUES = new EnumValues<>(JobPostingCategory::new);

    /** Published postings. */
    public static final JobPostingCategory ACTIVE = VALUES.known("active");

    /** Drafts. */
    public static final JobPostingCategory DRAFT = VALUES.known("draft");

    /** Closed postings. */
    public static final JobPostingCategory CLOSED = VALUES.known("closed");

    private JobPostingCategory(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobPostingCategory of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The state of a job posting ({@code state}, {@code job_state}): a draft, active once published, in review, or closed.
 * Values this library does not know still parse.
 */
public final class JobPostingState extends StringEnum {
    private static final EnumValues<JobPostingState> VALUES = new EnumValues<>(JobPostingState::new);

    /** Published and open to applicants. */
    public static final JobPostingState ACTIVE = VALUES.known("active");

    /** Created, not published yet. */
    public static final JobPostingState DRAFT = VALUES.known("draft");

    /** Published, being reviewed by LinkedIn before it opens. */
    public static final JobPostingState REVIEW = VALUES.known("review");

    /** Closed: no longer takes applicants. */
    public static final JobPostingState CLOSED = VALUES.known("closed");

    private JobPostingState(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobPostingState of(String value) {
        return VALUES.of(value);
    }
}

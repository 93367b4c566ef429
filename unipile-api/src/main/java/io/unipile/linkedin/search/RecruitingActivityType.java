package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A kind of Recruiter activity on a candidate ({@code recruiting_activity}). Values this library does not know can still be sent with {@link #of}. */
public final class RecruitingActivityType extends StringEnum {
    private static final EnumValues<RecruitingActivityType> VALUES = new EnumValues<>(RecruitingActivityType::new);

    /** {@code messages}. */
    public static final RecruitingActivityType MESSAGES = VALUES.known("messages");

    /** {@code tags}. */
    public static final RecruitingActivityType TAGS = VALUES.known("tags");

    /** {@code notes}. */
    public static final RecruitingActivityType NOTES = VALUES.known("notes");

    /** {@code projects}. */
    public static final RecruitingActivityType PROJECTS = VALUES.known("projects");

    /** {@code resumes}. */
    public static final RecruitingActivityType RESUMES = VALUES.known("resumes");

    /** {@code reviews}. */
    public static final RecruitingActivityType REVIEWS = VALUES.known("reviews");

    private RecruitingActivityType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecruitingActivityType of(String value) {
        return VALUES.of(value);
    }
}

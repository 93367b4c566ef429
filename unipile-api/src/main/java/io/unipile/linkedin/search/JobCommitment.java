package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A commitment of the employer ({@code commitments}). Values this library does not know can still be sent with {@link #of}. */
public final class JobCommitment extends StringEnum {
    private static final EnumValues<JobCommitment> VALUES = new EnumValues<>(JobCommitment::new);

    /** {@code career_growth_and_learning}. */
    public static final JobCommitment CAREER_GROWTH_AND_LEARNING = VALUES.known("career_growth_and_learning");

    /** {@code diversity_equity_and_inclusion}. */
    public static final JobCommitment DIVERSITY_EQUITY_AND_INCLUSION = VALUES.known("diversity_equity_and_inclusion");

    /** {@code environmental_sustainability}. */
    public static final JobCommitment ENVIRONMENTAL_SUSTAINABILITY = VALUES.known("environmental_sustainability");

    /** {@code social_impact}. */
    public static final JobCommitment SOCIAL_IMPACT = VALUES.known("social_impact");

    /** {@code work_life_balance}. */
    public static final JobCommitment WORK_LIFE_BALANCE = VALUES.known("work_life_balance");

    private JobCommitment(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobCommitment of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * An action on a LinkedIn member ({@code action} of {@code POST /linkedin/user/{user_id}}). Values this library does
 * not know still parse.
 */
public final class MemberAction extends StringEnum {
    private static final EnumValues<MemberAction> VALUES = new EnumValues<>(MemberAction::new);

    /** Adds the member to a Recruiter hiring project's pipeline (api {@code recruiter}). */
    public static final MemberAction ADD_CANDIDATE_TO_PIPELINE = VALUES.known("addCandidateToPipeline");

    /** Saves the member as a Sales Navigator lead (api {@code sales_navigator}). */
    public static final MemberAction SAVE_LEAD = VALUES.known("saveLead");

    private MemberAction(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MemberAction of(String value) {
        return VALUES.of(value);
    }
}

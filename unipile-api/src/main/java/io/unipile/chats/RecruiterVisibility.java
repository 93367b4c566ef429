package io.unipile.chats;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Who in the organization sees a Recruiter conversation ({@code linkedin[visibility]}); Unipile's default is PRIVATE. */
public final class RecruiterVisibility extends StringEnum {
    private static final EnumValues<RecruiterVisibility> VALUES = new EnumValues<>(RecruiterVisibility::new);

    public static final RecruiterVisibility PUBLIC = VALUES.known("PUBLIC");
    public static final RecruiterVisibility PRIVATE = VALUES.known("PRIVATE");
    public static final RecruiterVisibility PROJECT = VALUES.known("PROJECT");

    private RecruiterVisibility(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown visibility that keeps it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecruiterVisibility of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** What kind of LinkedIn party sent a message ({@code attendee_type}). */
public final class AttendeeType extends StringEnum {
    private static final EnumValues<AttendeeType> VALUES = new EnumValues<>(AttendeeType::new);

    /** A person. */
    public static final AttendeeType MEMBER = VALUES.known("MEMBER");

    /** A company page. */
    public static final AttendeeType ORGANIZATION = VALUES.known("ORGANIZATION");

    /** Anything else. */
    public static final AttendeeType OTHER = VALUES.known("OTHER");

    private AttendeeType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AttendeeType of(String value) {
        return VALUES.of(value);
    }
}

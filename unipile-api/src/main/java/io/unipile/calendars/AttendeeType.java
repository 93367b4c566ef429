package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The {@code type} of an event's attendee. An unknown value the server sends is kept, never a parse failure.
 */
public final class AttendeeType extends StringEnum {
    private static final EnumValues<AttendeeType> VALUES = new EnumValues<>(AttendeeType::new);

    /** {@code required}: a required attendee. */
    public static final AttendeeType REQUIRED = VALUES.known("required");

    /** {@code optional}: an optional attendee. */
    public static final AttendeeType OPTIONAL = VALUES.known("optional");

    /** {@code resource}: a resource, such as a room. */
    public static final AttendeeType RESOURCE = VALUES.known("resource");

    private AttendeeType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AttendeeType of(String value) {
        return VALUES.of(value);
    }
}

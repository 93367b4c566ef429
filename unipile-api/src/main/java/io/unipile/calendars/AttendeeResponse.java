package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * An attendee's {@code response_status}: their answer to the invitation. An unknown value the server sends is kept, never a parse failure.
 */
public final class AttendeeResponse extends StringEnum {
    private static final EnumValues<AttendeeResponse> VALUES = new EnumValues<>(AttendeeResponse::new);

    /** {@code yes}: accepted. */
    public static final AttendeeResponse YES = VALUES.known("yes");

    /** {@code no}: declined. */
    public static final AttendeeResponse NO = VALUES.known("no");

    /** {@code maybe}: not sure. */
    public static final AttendeeResponse MAYBE = VALUES.known("maybe");

    /** {@code noreply}: no answer yet. */
    public static final AttendeeResponse NO_REPLY = VALUES.known("noreply");

    private AttendeeResponse(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AttendeeResponse of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The {@code visibility} of an event. An unknown value the server sends is kept, never a parse failure.
 */
public final class EventVisibility extends StringEnum {
    private static final EnumValues<EventVisibility> VALUES = new EnumValues<>(EventVisibility::new);

    /** {@code public}: visible to whoever sees the calendar. */
    public static final EventVisibility PUBLIC = VALUES.known("public");

    /** {@code private}: only its attendees see its details. */
    public static final EventVisibility PRIVATE = VALUES.known("private");

    private EventVisibility(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventVisibility of(String value) {
        return VALUES.of(value);
    }
}

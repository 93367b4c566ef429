package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The {@code transparency} of an event: whether it blocks time. An unknown value the server sends is kept, never a parse failure.
 */
public final class EventTransparency extends StringEnum {
    private static final EnumValues<EventTransparency> VALUES = new EnumValues<>(EventTransparency::new);

    /** {@code opaque}: blocks time, shown as busy. */
    public static final EventTransparency OPAQUE = VALUES.known("opaque");

    /** {@code transparent}: does not block time, shown as available. */
    public static final EventTransparency TRANSPARENT = VALUES.known("transparent");

    private EventTransparency(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventTransparency of(String value) {
        return VALUES.of(value);
    }
}

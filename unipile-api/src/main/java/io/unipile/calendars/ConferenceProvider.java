package io.unipile.calendars;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The {@code provider} of an event's conference. Unipile creates a conference itself only for {@link #TEAMS} and {@link #GOOGLE_MEET}; the others need a URL. An unknown value the server sends is kept, never a parse failure.
 */
public final class ConferenceProvider extends StringEnum {
    private static final EnumValues<ConferenceProvider> VALUES = new EnumValues<>(ConferenceProvider::new);

    /** {@code google_meet}: Google Meet. */
    public static final ConferenceProvider GOOGLE_MEET = VALUES.known("google_meet");

    /** {@code zoom}: Zoom. */
    public static final ConferenceProvider ZOOM = VALUES.known("zoom");

    /** {@code teams}: Microsoft Teams. */
    public static final ConferenceProvider TEAMS = VALUES.known("teams");

    /** {@code unknown}: a provider Unipile does not recognise. */
    public static final ConferenceProvider UNKNOWN = VALUES.known("unknown");

    private ConferenceProvider(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConferenceProvider of(String value) {
        return VALUES.of(value);
    }
}

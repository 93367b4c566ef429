package io.unipile.attendees;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How far a LinkedIn attendee is from the account in its network ({@code network_distance}). */
public final class NetworkDistance extends StringEnum {
    private static final EnumValues<NetworkDistance> VALUES = new EnumValues<>(NetworkDistance::new);

    /** The attendee is the account itself. */
    public static final NetworkDistance SELF = VALUES.known("SELF");

    /** A first-degree connection. */
    public static final NetworkDistance DISTANCE_1 = VALUES.known("DISTANCE_1");

    /** A second-degree connection. */
    public static final NetworkDistance DISTANCE_2 = VALUES.known("DISTANCE_2");

    /** A third-degree connection. */
    public static final NetworkDistance DISTANCE_3 = VALUES.known("DISTANCE_3");

    /** Outside the account's network. */
    public static final NetworkDistance OUT_OF_NETWORK = VALUES.known("OUT_OF_NETWORK");

    private NetworkDistance(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NetworkDistance of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * How far a LinkedIn member is from the account in its network ({@code network_distance} of profiles, comments and
 * reactions). Chat attendees use another vocabulary for the same idea, {@link io.unipile.attendees.NetworkDistance}.
 */
public final class ConnectionDegree extends StringEnum {
    private static final EnumValues<ConnectionDegree> VALUES = new EnumValues<>(ConnectionDegree::new);

    /** A relation of the account. */
    public static final ConnectionDegree FIRST_DEGREE = VALUES.known("FIRST_DEGREE");

    /** A relation of a relation. */
    public static final ConnectionDegree SECOND_DEGREE = VALUES.known("SECOND_DEGREE");

    /** One step further. */
    public static final ConnectionDegree THIRD_DEGREE = VALUES.known("THIRD_DEGREE");

    /** Outside the account's network. */
    public static final ConnectionDegree OUT_OF_NETWORK = VALUES.known("OUT_OF_NETWORK");

    private ConnectionDegree(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConnectionDegree of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How far a found member is from the searching account ({@code network_distance}). Unknown values still parse. */
public final class MemberDistance extends StringEnum {
    private static final EnumValues<MemberDistance> VALUES = new EnumValues<>(MemberDistance::new);

    /** The account itself. */
    public static final MemberDistance SELF = VALUES.known("SELF");
    /** A first-degree connection. */
    public static final MemberDistance DISTANCE_1 = VALUES.known("DISTANCE_1");
    /** A second-degree connection. */
    public static final MemberDistance DISTANCE_2 = VALUES.known("DISTANCE_2");
    /** A third-degree connection. */
    public static final MemberDistance DISTANCE_3 = VALUES.known("DISTANCE_3");
    /** Outside the account's network. */
    public static final MemberDistance OUT_OF_NETWORK = VALUES.known("OUT_OF_NETWORK");

    private MemberDistance(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MemberDistance of(String value) {
        return VALUES.of(value);
    }
}

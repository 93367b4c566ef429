package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** What a member is open to ({@code open_to}). Values this library does not know can still be sent with {@link #of}. */
public final class OpenTo extends StringEnum {
    private static final EnumValues<OpenTo> VALUES = new EnumValues<>(OpenTo::new);

    /** {@code proBono}. */
    public static final OpenTo PRO_BONO = VALUES.known("proBono");

    /** {@code boardMember}. */
    public static final OpenTo BOARD_MEMBER = VALUES.known("boardMember");

    private OpenTo(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OpenTo of(String value) {
        return VALUES.of(value);
    }
}

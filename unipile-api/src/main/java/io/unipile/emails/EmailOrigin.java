package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * Where an e-mail was written ({@code origin}): sent through Unipile, or elsewhere.
 * A value this version does not know still parses and keeps its text.
 */
public final class EmailOrigin extends StringEnum {
    private static final EnumValues<EmailOrigin> VALUES = new EnumValues<>(EmailOrigin::new);

    /** {@code unipile}. */
    public static final EmailOrigin UNIPILE = VALUES.known("unipile");

    /** {@code external}. */
    public static final EmailOrigin EXTERNAL = VALUES.known("external");

    private EmailOrigin(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EmailOrigin of(String value) {
        return VALUES.of(value);
    }
}

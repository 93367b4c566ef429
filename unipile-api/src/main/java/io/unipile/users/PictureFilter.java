package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A LinkedIn filter for a profile or cover picture ({@code picture_settings[filter]}). */
public final class PictureFilter extends StringEnum {
    private static final EnumValues<PictureFilter> VALUES = new EnumValues<>(PictureFilter::new);

    /** No filter. */
    public static final PictureFilter ORIGINAL = VALUES.known("ORIGINAL");

    /** Studio. */
    public static final PictureFilter STUDIO = VALUES.known("STUDIO");

    /** Spotlight. */
    public static final PictureFilter SPOTLIGHT = VALUES.known("SPOTLIGHT");

    /** Prime. */
    public static final PictureFilter PRIME = VALUES.known("PRIME");

    /** Classic. */
    public static final PictureFilter CLASSIC = VALUES.known("CLASSIC");

    /** Edge. */
    public static final PictureFilter EDGE = VALUES.known("EDGE");

    /** Luminate. */
    public static final PictureFilter LUMINATE = VALUES.known("LUMINATE");

    private PictureFilter(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PictureFilter of(String value) {
        return VALUES.of(value);
    }
}

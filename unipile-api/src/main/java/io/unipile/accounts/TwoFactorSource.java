package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** Where the code of a two-factor checkpoint comes from ({@code source} of a {@link TwoFactorCheckpoint}). */
public final class TwoFactorSource extends StringEnum {
    private static final EnumValues<TwoFactorSource> VALUES = new EnumValues<>(TwoFactorSource::new);

    /** The code was sent by SMS. */
    public static final TwoFactorSource SMS = VALUES.known("SMS");

    /** The code is in the user's authentication app. */
    public static final TwoFactorSource APP = VALUES.known("APP");

    private TwoFactorSource(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TwoFactorSource of(String value) {
        return VALUES.of(value);
    }
}

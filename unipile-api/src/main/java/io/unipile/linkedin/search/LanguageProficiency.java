package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** How well a candidate speaks a language ({@code scope}). Values this library does not know can still be sent with {@link #of}. */
public final class LanguageProficiency extends StringEnum {
    private static final EnumValues<LanguageProficiency> VALUES = new EnumValues<>(LanguageProficiency::new);

    /** {@code ELEMENTARY}. */
    public static final LanguageProficiency ELEMENTARY = VALUES.known("ELEMENTARY");

    /** {@code LIMITED_WORKING}. */
    public static final LanguageProficiency LIMITED_WORKING = VALUES.known("LIMITED_WORKING");

    /** {@code PROFESSIONAL_WORKING}. */
    public static final LanguageProficiency PROFESSIONAL_WORKING = VALUES.known("PROFESSIONAL_WORKING");

    /** {@code NATIVE_OR_BILINGUAL}. */
    public static final LanguageProficiency NATIVE_OR_BILINGUAL = VALUES.known("NATIVE_OR_BILINGUAL");

    private LanguageProficiency(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LanguageProficiency of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.emails;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * How much of an e-mail a reply carries ({@code kind}): a reference, its metadata ({@code meta_only}, empty bodies), or all of it.
 * A value this version does not know still parses and keeps its text.
 */
public final class EmailKind extends StringEnum {
    private static final EnumValues<EmailKind> VALUES = new EnumValues<>(EmailKind::new);

    /** {@code 0_ref}. */
    public static final EmailKind REFERENCE = VALUES.known("0_ref");

    /** {@code 1_meta}. */
    public static final EmailKind METADATA = VALUES.known("1_meta");

    /** {@code 2_full}. */
    public static final EmailKind FULL = VALUES.known("2_full");

    private EmailKind(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EmailKind of(String value) {
        return VALUES.of(value);
    }
}

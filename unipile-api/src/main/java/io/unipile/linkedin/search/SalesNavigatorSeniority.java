package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A Sales Navigator seniority level ({@code seniority}). Values this library does not know can still be sent with {@link #of}. */
public final class SalesNavigatorSeniority extends StringEnum {
    private static final EnumValues<SalesNavigatorSeniority> VALUES = new EnumValues<>(SalesNavigatorSeniority::new);

    /** {@code owner/partner}. */
    public static final SalesNavigatorSeniority OWNER_PARTNER = VALUES.known("owner/partner");

    /** {@code cxo}. */
    public static final SalesNavigatorSeniority CXO = VALUES.known("cxo");

    /** {@code vice_president}. */
    public static final SalesNavigatorSeniority VICE_PRESIDENT = VALUES.known("vice_president");

    /** {@code director}. */
    public static final SalesNavigatorSeniority DIRECTOR = VALUES.known("director");

    /** {@code experienced_manager}. */
    public static final SalesNavigatorSeniority EXPERIENCED_MANAGER = VALUES.known("experienced_manager");

    /** {@code entry_level_manager}. */
    public static final SalesNavigatorSeniority ENTRY_LEVEL_MANAGER = VALUES.known("entry_level_manager");

    /** {@code strategic}. */
    public static final SalesNavigatorSeniority STRATEGIC = VALUES.known("strategic");

    /** {@code senior}. */
    public static final SalesNavigatorSeniority SENIOR = VALUES.known("senior");

    /** {@code entry_level}. */
    public static final SalesNavigatorSeniority ENTRY_LEVEL = VALUES.known("entry_level");

    /** {@code in_training}. */
    public static final SalesNavigatorSeniority IN_TRAINING = VALUES.known("in_training");

    private SalesNavigatorSeniority(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SalesNavigatorSeniority of(String value) {
        return VALUES.of(value);
    }
}

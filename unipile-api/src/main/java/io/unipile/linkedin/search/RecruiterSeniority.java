package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A Recruiter seniority level ({@code seniority}). Values this library does not know can still be sent with {@link #of}. */
public final class RecruiterSeniority extends StringEnum {
    private static final EnumValues<RecruiterSeniority> VALUES = new EnumValues<>(RecruiterSeniority::new);

    /** {@code owner}. */
    public static final RecruiterSeniority OWNER = VALUES.known("owner");

    /** {@code partner}. */
    public static final RecruiterSeniority PARTNER = VALUES.known("partner");

    /** {@code cxo}. */
    public static final RecruiterSeniority CXO = VALUES.known("cxo");

    /** {@code vp}. */
    public static final RecruiterSeniority VP = VALUES.known("vp");

    /** {@code director}. */
    public static final RecruiterSeniority DIRECTOR = VALUES.known("director");

    /** {@code manager}. */
    public static final RecruiterSeniority MANAGER = VALUES.known("manager");

    /** {@code senior}. */
    public static final RecruiterSeniority SENIOR = VALUES.known("senior");

    /** {@code entry}. */
    public static final RecruiterSeniority ENTRY = VALUES.known("entry");

    /** {@code training}. */
    public static final RecruiterSeniority TRAINING = VALUES.known("training");

    /** {@code unpaid}. */
    public static final RecruiterSeniority UNPAID = VALUES.known("unpaid");

    private RecruiterSeniority(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecruiterSeniority of(String value) {
        return VALUES.of(value);
    }
}

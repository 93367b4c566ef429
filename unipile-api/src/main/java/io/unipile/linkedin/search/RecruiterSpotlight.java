package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A Recruiter spotlight ({@code spotlights}); advanced Recruiter subscriptions only. Values this library does not know can still be sent with {@link #of}. */
public final class RecruiterSpotlight extends StringEnum {
    private static final EnumValues<RecruiterSpotlight> VALUES = new EnumValues<>(RecruiterSpotlight::new);

    /** {@code OPEN_TO_WORK}. */
    public static final RecruiterSpotlight OPEN_TO_WORK = VALUES.known("OPEN_TO_WORK");

    /** {@code ACTIVE_TALENT}. */
    public static final RecruiterSpotlight ACTIVE_TALENT = VALUES.known("ACTIVE_TALENT");

    /** {@code REDISCOVERED_CANDIDATES}. */
    public static final RecruiterSpotlight REDISCOVERED_CANDIDATES = VALUES.known("REDISCOVERED_CANDIDATES");

    /** {@code INTERNAL_CANDIDATES}. */
    public static final RecruiterSpotlight INTERNAL_CANDIDATES = VALUES.known("INTERNAL_CANDIDATES");

    /** {@code INTERESTED_IN_YOUR_COMPANY}. */
    public static final RecruiterSpotlight INTERESTED_IN_YOUR_COMPANY = VALUES.known("INTERESTED_IN_YOUR_COMPANY");

    /** {@code HAVE_COMPANY_CONNECTIONS}. */
    public static final RecruiterSpotlight HAVE_COMPANY_CONNECTIONS = VALUES.known("HAVE_COMPANY_CONNECTIONS");

    private RecruiterSpotlight(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecruiterSpotlight of(String value) {
        return VALUES.of(value);
    }
}

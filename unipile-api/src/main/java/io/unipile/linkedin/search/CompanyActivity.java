package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A recent activity of a company ({@code recent_activities}). Values this library does not know can still be sent with {@link #of}. */
public final class CompanyActivity extends StringEnum {
    private static final EnumValues<CompanyActivity> VALUES = new EnumValues<>(CompanyActivity::new);

    /** {@code senior_leadership_changes}. */
    public static final CompanyActivity SENIOR_LEADERSHIP_CHANGES = VALUES.known("senior_leadership_changes");

    /** {@code funding_events}. */
    public static final CompanyActivity FUNDING_EVENTS = VALUES.known("funding_events");

    private CompanyActivity(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CompanyActivity of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * When a Recruiter criterion applies ({@code scope}): to current or past positions for titles and companies, to
 * where a candidate lives or would move for locations. Each filter accepts only its own scopes, checked when set.
 */
public final class RecruiterScope extends StringEnum {
    private static final EnumValues<RecruiterScope> VALUES = new EnumValues<>(RecruiterScope::new);

    /** Current or past position (titles, companies). */
    public static final RecruiterScope CURRENT_OR_PAST = VALUES.known("CURRENT_OR_PAST");
    /** Current position, or current location. */
    public static final RecruiterScope CURRENT = VALUES.known("CURRENT");
    /** Past position (titles, companies). */
    public static final RecruiterScope PAST = VALUES.known("PAST");
    /** Past and not current position (titles, companies). */
    public static final RecruiterScope PAST_NOT_CURRENT = VALUES.known("PAST_NOT_CURRENT");
    /** Open to work with that title (titles). */
    public static final RecruiterScope OPEN_TO_WORK = VALUES.known("OPEN_TO_WORK");
    /** Open to relocate there only (locations). */
    public static final RecruiterScope OPEN_TO_RELOCATE_ONLY = VALUES.known("OPEN_TO_RELOCATE_ONLY");
    /** Lives there or open to relocate there (locations; needs the location's title). */
    public static final RecruiterScope CURRENT_OR_OPEN_TO_RELOCATE = VALUES.known("CURRENT_OR_OPEN_TO_RELOCATE");

    private RecruiterScope(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RecruiterScope of(String value) {
        return VALUES.of(value);
    }
}

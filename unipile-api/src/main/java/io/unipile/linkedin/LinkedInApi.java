package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The LinkedIn product an action goes through ({@code api}). Values this library does not know still parse. */
public final class LinkedInApi extends StringEnum {
    private static final EnumValues<LinkedInApi> VALUES = new EnumValues<>(LinkedInApi::new);

    /** LinkedIn itself. */
    public static final LinkedInApi CLASSIC = VALUES.known("classic");

    /** LinkedIn Recruiter. */
    public static final LinkedInApi RECRUITER = VALUES.known("recruiter");

    /** Sales Navigator. */
    public static final LinkedInApi SALES_NAVIGATOR = VALUES.known("sales_navigator");

    private LinkedInApi(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LinkedInApi of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The LinkedIn product a profile is read through, when not classic LinkedIn ({@code linkedin_api}). */
public final class LinkedInApi extends StringEnum {
    private static final EnumValues<LinkedInApi> VALUES = new EnumValues<>(LinkedInApi::new);

    /** LinkedIn Recruiter; the account must subscribe to it. */
    public static final LinkedInApi RECRUITER = VALUES.known("recruiter");

    /** Sales Navigator; the account must subscribe to it. */
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

package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A LinkedIn messaging product ({@code linkedin_product} of an account resync). */
public final class LinkedInProduct extends StringEnum {
    private static final EnumValues<LinkedInProduct> VALUES = new EnumValues<>(LinkedInProduct::new);

    /** Standard LinkedIn. */
    public static final LinkedInProduct CLASSIC = VALUES.known("classic");

    /** LinkedIn Recruiter. */
    public static final LinkedInProduct RECRUITER = VALUES.known("recruiter");

    /** LinkedIn Sales Navigator. */
    public static final LinkedInProduct SALES_NAVIGATOR = VALUES.known("sales_navigator");

    private LinkedInProduct(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LinkedInProduct of(String value) {
        return VALUES.of(value);
    }
}

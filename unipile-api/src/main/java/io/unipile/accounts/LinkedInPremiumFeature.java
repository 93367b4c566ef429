package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A paid LinkedIn product the account has ({@code premiumFeatures}). */
public final class LinkedInPremiumFeature extends StringEnum {
    private static final EnumValues<LinkedInPremiumFeature> VALUES = new EnumValues<>(LinkedInPremiumFeature::new);

    /** LinkedIn Recruiter. */
    public static final LinkedInPremiumFeature RECRUITER = VALUES.known("recruiter");

    /** LinkedIn Sales Navigator. */
    public static final LinkedInPremiumFeature SALES_NAVIGATOR = VALUES.known("sales_navigator");

    /** LinkedIn Premium. */
    public static final LinkedInPremiumFeature PREMIUM = VALUES.known("premium");

    private LinkedInPremiumFeature(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LinkedInPremiumFeature of(String value) {
        return VALUES.of(value);
    }
}

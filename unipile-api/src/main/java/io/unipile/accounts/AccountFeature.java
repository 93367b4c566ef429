package io.unipile.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A feature that can be turned off when an account is connected ({@code disabled_features}). */
public final class AccountFeature extends StringEnum {
    private static final EnumValues<AccountFeature> VALUES = new EnumValues<>(AccountFeature::new);

    /** LinkedIn Recruiter. */
    public static final AccountFeature LINKEDIN_RECRUITER = VALUES.known("linkedin_recruiter");

    /** LinkedIn Sales Navigator. */
    public static final AccountFeature LINKEDIN_SALES_NAVIGATOR = VALUES.known("linkedin_sales_navigator");

    /** The mailboxes of the LinkedIn company pages the member manages. */
    public static final AccountFeature LINKEDIN_ORGANIZATIONS_MAILBOXES =
            VALUES.known("linkedin_organizations_mailboxes");

    private AccountFeature(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AccountFeature of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The legal kind of a company ({@code company_type}). Values this library does not know can still be sent with {@link #of}. */
public final class CompanyType extends StringEnum {
    private static final EnumValues<CompanyType> VALUES = new EnumValues<>(CompanyType::new);

    /** {@code public_company}. */
    public static final CompanyType PUBLIC_COMPANY = VALUES.known("public_company");

    /** {@code privately_held}. */
    public static final CompanyType PRIVATELY_HELD = VALUES.known("privately_held");

    /** {@code non_profit}. */
    public static final CompanyType NON_PROFIT = VALUES.known("non_profit");

    /** {@code educational_institution}. */
    public static final CompanyType EDUCATIONAL_INSTITUTION = VALUES.known("educational_institution");

    /** {@code partnership}. */
    public static final CompanyType PARTNERSHIP = VALUES.known("partnership");

    /** {@code self_employed}. */
    public static final CompanyType SELF_EMPLOYED = VALUES.known("self_employed");

    /** {@code self_owned}. */
    public static final CompanyType SELF_OWNED = VALUES.known("self_owned");

    /** {@code government_agency}. */
    public static final CompanyType GOVERNMENT_AGENCY = VALUES.known("government_agency");

    private CompanyType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CompanyType of(String value) {
        return VALUES.of(value);
    }
}

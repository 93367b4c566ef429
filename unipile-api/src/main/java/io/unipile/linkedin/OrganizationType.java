package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * The legal kind of a company ({@code organization_type} of a company profile). Values this library does not know
 * still parse.
 */
public final class OrganizationType extends StringEnum {
    private static final EnumValues<OrganizationType> VALUES = new EnumValues<>(OrganizationType::new);

    /** A public company. */
    public static final OrganizationType PUBLIC_COMPANY = VALUES.known("PUBLIC_COMPANY");

    /** An educational institution. */
    public static final OrganizationType EDUCATIONAL = VALUES.known("EDUCATIONAL");

    /** Self-employed. */
    public static final OrganizationType SELF_EMPLOYED = VALUES.known("SELF_EMPLOYED");

    /** A government agency. */
    public static final OrganizationType GOVERNMENT_AGENCY = VALUES.known("GOVERNMENT_AGENCY");

    /** A non-profit. */
    public static final OrganizationType NON_PROFIT = VALUES.known("NON_PROFIT");

    /** Self-owned. */
    public static final OrganizationType SELF_OWNED = VALUES.known("SELF_OWNED");

    /** Privately held. */
    public static final OrganizationType PRIVATELY_HELD = VALUES.known("PRIVATELY_HELD");

    /** A partnership. */
    public static final OrganizationType PARTNERSHIP = VALUES.known("PARTNERSHIP");

    private OrganizationType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrganizationType of(String value) {
        return VALUES.of(value);
    }
}

package io.unipile.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/**
 * A section of a LinkedIn profile to fetch with it ({@code linkedin_sections}); each costs LinkedIn calls, so a
 * profile comes without them unless asked.
 */
public final class LinkedInSection extends StringEnum {
    private static final EnumValues<LinkedInSection> VALUES = new EnumValues<>(LinkedInSection::new);

    /** Every section ({@code *}); not combined with others. */
    public static final LinkedInSection ALL = VALUES.known("*");

    /** Positions. */
    public static final LinkedInSection EXPERIENCE = VALUES.known("experience");

    /** Schools. */
    public static final LinkedInSection EDUCATION = VALUES.known("education");

    /** Languages. */
    public static final LinkedInSection LANGUAGES = VALUES.known("languages");

    /** Skills and endorsements. */
    public static final LinkedInSection SKILLS = VALUES.known("skills");

    /** Certifications. */
    public static final LinkedInSection CERTIFICATIONS = VALUES.known("certifications");

    /** The About section. */
    public static final LinkedInSection ABOUT = VALUES.known("about");

    /** Volunteer work. */
    public static final LinkedInSection VOLUNTEERING_EXPERIENCE = VALUES.known("volunteering_experience");

    /** Projects. */
    public static final LinkedInSection PROJECTS = VALUES.known("projects");

    /** Recommendations others wrote. */
    public static final LinkedInSection RECOMMENDATIONS_RECEIVED = VALUES.known("recommendations_received");

    /** Recommendations the member wrote. */
    public static final LinkedInSection RECOMMENDATIONS_GIVEN = VALUES.known("recommendations_given");

    private LinkedInSection(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LinkedInSection of(String value) {
        return VALUES.of(value);
    }
}

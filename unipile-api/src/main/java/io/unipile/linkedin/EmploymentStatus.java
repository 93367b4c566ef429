package io.unipile.linkedin;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** The kind of employment a job offers ({@code employment_status}). Values this library does not know still parse. */
public final class EmploymentStatus extends StringEnum {
    private static final EnumValues<EmploymentStatus> VALUES = new EnumValues<>(EmploymentStatus::new);

    /** Full time. */
    public static final EmploymentStatus FULL_TIME = VALUES.known("FULL_TIME");

    /** Part time. */
    public static final EmploymentStatus PART_TIME = VALUES.known("PART_TIME");

    /** A contract. */
    public static final EmploymentStatus CONTRACT = VALUES.known("CONTRACT");

    /** Temporary. */
    public static final EmploymentStatus TEMPORARY = VALUES.known("TEMPORARY");

    /** Another kind. */
    public static final EmploymentStatus OTHER = VALUES.known("OTHER");

    /** Volunteering. */
    public static final EmploymentStatus VOLUNTEER = VALUES.known("VOLUNTEER");

    /** An internship. */
    public static final EmploymentStatus INTERNSHIP = VALUES.known("INTERNSHIP");

    private EmploymentStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EmploymentStatus of(String value) {
        return VALUES.of(value);
    }
}

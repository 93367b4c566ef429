package io.unipile.linkedin.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.unipile.StringEnum;
import io.unipile.internal.EnumValues;

/** A benefit a job offers ({@code benefits}). Values this library does not know can still be sent with {@link #of}. */
public final class JobBenefit extends StringEnum {
    private static final EnumValues<JobBenefit> VALUES = new EnumValues<>(JobBenefit::new);

    /** {@code medical_insurance}. */
    public static final JobBenefit MEDICAL_INSURANCE = VALUES.known("medical_insurance");

    /** {@code vision_insurance}. */
    public static final JobBenefit VISION_INSURANCE = VALUES.known("vision_insurance");

    /** {@code dental_insurance}. */
    public static final JobBenefit DENTAL_INSURANCE = VALUES.known("dental_insurance");

    /** {@code disability_insurance}. */
    public static final JobBenefit DISABILITY_INSURANCE = VALUES.known("disability_insurance");

    /** {@code 401(k)}. */
    public static final JobBenefit RETIREMENT_401K = VALUES.known("401(k)");

    /** {@code pension_plan}. */
    public static final JobBenefit PENSION_PLAN = VALUES.known("pension_plan");

    /** {@code paid_maternity_leave}. */
    public static final JobBenefit PAID_MATERNITY_LEAVE = VALUES.known("paid_maternity_leave");

    /** {@code paid_paternity_leave}. */
    public static final JobBenefit PAID_PATERNITY_LEAVE = VALUES.known("paid_paternity_leave");

    /** {@code commuter_benefits}. */
    public static final JobBenefit COMMUTER_BENEFITS = VALUES.known("commuter_benefits");

    /** {@code student_loan_assistance}. */
    public static final JobBenefit STUDENT_LOAN_ASSISTANCE = VALUES.known("student_loan_assistance");

    /** {@code tuition_assistance}. */
    public static final JobBenefit TUITION_ASSISTANCE = VALUES.known("tuition_assistance");

    private JobBenefit(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps it; {@code null} for {@code null}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobBenefit of(String value) {
        return VALUES.of(value);
    }
}

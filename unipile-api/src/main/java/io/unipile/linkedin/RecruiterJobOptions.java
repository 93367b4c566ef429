package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The LinkedIn Recruiter part of a new job posting ({@code recruiter}): the hiring project it belongs to (an existing
 * one, or a new one made with it), its functions, industries and seniority, and how candidates apply. Checked when
 * built; the field names in messages are prefixed with {@code recruiter.}.
 *
 * <pre>{@code
 * RecruiterJobOptions.builder().existingProject(projectId).functions("eng").industries("4")
 *         .seniority(JobSeniority.MID_SENIOR_LEVEL)
 *         .applyMethod(ApplyMethod.onLinkedIn("jobs@example.com", true)).build();
 * }</pre>
 */
public final class RecruiterJobOptions {
    private final String projectId;
    private final String projectName;
    private final List<String> functions;
    private final List<String> industries;
    private final JobSeniority seniority;
    private final Boolean includePosterInfo;
    private final String trackingPixelUrl;
    private final String companyJobId;
    private final ApplyMethod applyMethod;

    private RecruiterJobOptions(Builder b) {
        if ((b.projectId == null) == (b.projectName == null)) {
            throw new IllegalArgumentException("recruiter.project needs either an existing project's id or a new "
                    + "project's name");
        }
        this.projectId = Check.nullOrNotBlank("recruiter.project.id", b.projectId);
        this.projectName = Check.nullOrNotBlank("recruiter.project.name", b.projectName);
        this.functions = JobFieldChecks.functions("recruiter.functions", b.functions, false);
        this.industries = JobFieldChecks.industries("recruiter.industries", b.industries, false);
        this.seniority = Check.notNull("recruiter.seniority", b.seniority);
        this.includePosterInfo = b.includePosterInfo;
        this.trackingPixelUrl = Check.nullOrNotBlank("recruiter.trackingPixelUrl", b.trackingPixelUrl);
        this.companyJobId = Check.nullOrNotBlank("recruiter.companyJobId", b.companyJobId);
        this.applyMethod = Check.notNull("recruiter.applyMethod", b.applyMethod);
    }

    /** An empty builder; the project, functions, industries, seniority and apply method are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.projectId = projectId;
        b.projectName = projectName;
        return b.functions(functions).industries(industries).seniority(seniority)
                .includePosterInfo(includePosterInfo).trackingPixelUrl(trackingPixelUrl).companyJobId(companyJobId)
                .applyMethod(applyMethod);
    }

    /** {@code project.id}: the existing hiring project, or {@code null} when a new one is made. */
    public String projectId() {
        return projectId;
    }

    /** {@code project.name}: the name of the hiring project made with the posting, or {@code null}. */
    public String projectName() {
        return projectName;
    }

    /** {@code functions}: 1 to 3 job function ids (search parameters of type {@code JOB_FUNCTION}). Immutable. */
    public List<String> functions() {
        return functions;
    }

    /** {@code industries}: 1 to 3 industry ids (search parameters of type {@code INDUSTRY}). Immutable. */
    public List<String> industries() {
        return industries;
    }

    /** {@code seniority}. */
    public JobSeniority seniority() {
        return seniority;
    }

    /** {@code include_poster_info}: whether the poster's profile shows; {@code null} for the default, true. */
    public Boolean includePosterInfo() {
        return includePosterInfo;
    }

    /** {@code tracking_pixel_url}, or {@code null}. */
    public String trackingPixelUrl() {
        return trackingPixelUrl;
    }

    /** {@code company_job_id}: the company's own reference for the job, or {@code null}. */
    public String companyJobId() {
        return companyJobId;
    }

    /** {@code apply_method}: how candidates apply. */
    public ApplyMethod applyMethod() {
        return applyMethod;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecruiterJobOptions r && Objects.equals(projectId, r.projectId)
                && Objects.equals(projectName, r.projectName) && functions.equals(r.functions)
                && industries.equals(r.industries) && seniority.equals(r.seniority)
                && Objects.equals(includePosterInfo, r.includePosterInfo)
                && Objects.equals(trackingPixelUrl, r.trackingPixelUrl) && Objects.equals(companyJobId, r.companyJobId)
                && applyMethod.equals(r.applyMethod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, projectName, functions, industries, seniority, includePosterInfo,
                trackingPixelUrl, companyJobId, applyMethod);
    }

    @Override
    public String toString() {
        return "RecruiterJobOptions[project=" + (projectId != null ? "id " + projectId : "new " + projectName)
                + ", functions=" + functions + ", industries=" + industries + ", seniority=" + seniority
                + ", includePosterInfo=" + includePosterInfo + ", trackingPixelUrl=" + trackingPixelUrl
                + ", companyJobId=" + companyJobId + ", applyMethod=" + applyMethod + "]";
    }

    /** Builds {@link RecruiterJobOptions}; {@link #build()} checks them. */
    public static final class Builder {
        private String projectId;
        private String projectName;
        private List<String> functions = List.of();
        private List<String> industries = List.of();
        private JobSeniority seniority;
        private Boolean includePosterInfo;
        private String trackingPixelUrl;
        private String companyJobId;
        private ApplyMethod applyMethod;

        private Builder() {
        }

        /** {@code project: {id}}: the posting joins this existing hiring project. */
        public Builder existingProject(String projectId) {
            this.projectId = projectId;
            this.projectName = null;
            return this;
        }

        /** {@code project: {name}}: a new hiring project of this name is made with the posting. */
        public Builder newProject(String projectName) {
            this.projectName = projectName;
            this.projectId = null;
            return this;
        }

        /** {@code functions} (required): 1 to 3 job function ids, lower-case letters such as {@code eng}. */
        public Builder functions(String... functions) {
            return functions(Arrays.asList(functions));
        }

        /** {@code functions} (required): 1 to 3 job function ids. */
        public Builder functions(List<String> functions) {
            this.functions = functions;
            return this;
        }

        /** {@code industries} (required): 1 to 3 industry ids, digits such as {@code 4}. */
        public Builder industries(String... industries) {
            return industries(Arrays.asList(industries));
        }

        /** {@code industries} (required): 1 to 3 industry ids. */
        public Builder industries(List<String> industries) {
            this.industries = industries;
            return this;
        }

        /** {@code seniority} (required). */
        public Builder seniority(JobSeniority seniority) {
            this.seniority = seniority;
            return this;
        }

        /** {@code include_poster_info}: whether the poster's profile shows on the posting (default true). */
        public Builder includePosterInfo(Boolean includePosterInfo) {
            this.includePosterInfo = includePosterInfo;
            return this;
        }

        /** {@code tracking_pixel_url}. */
        public Builder trackingPixelUrl(String trackingPixelUrl) {
            this.trackingPixelUrl = trackingPixelUrl;
            return this;
        }

        /** {@code company_job_id}: the company's own reference for the job. */
        public Builder companyJobId(String companyJobId) {
            this.companyJobId = companyJobId;
            return this;
        }

        /** {@code apply_method} (required): how candidates apply. */
        public Builder applyMethod(ApplyMethod applyMethod) {
            this.applyMethod = applyMethod;
            return this;
        }

        /** The options; fails naming the field that is missing or out of bounds. */
        public RecruiterJobOptions build() {
            return new RecruiterJobOptions(this);
        }
    }
}

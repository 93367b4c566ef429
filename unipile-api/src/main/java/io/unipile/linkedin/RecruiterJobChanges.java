package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The LinkedIn Recruiter part of an edit of a job posting ({@code recruiter}): the hiring project the posting is
 * linked to (required), and whatever else changes. Checked when built; the field names in messages are prefixed
 * with {@code recruiter.}.
 */
public final class RecruiterJobChanges {
    private final String projectId;
    private final List<String> functions;
    private final List<String> industries;
    private final JobSeniority seniority;
    private final Boolean includePosterInfo;
    private final String trackingPixelUrl;
    private final String companyJobId;
    private final ApplyMethod applyMethod;

    private RecruiterJobChanges(Builder b) {
        this.projectId = Check.notBlank("recruiter.projectId", b.projectId);
        this.functions = JobFieldChecks.functions("recruiter.functions", b.functions, true);
        this.industries = JobFieldChecks.industries("recruiter.industries", b.industries, true);
        this.seniority = b.seniority;
        this.includePosterInfo = b.includePosterInfo;
        this.trackingPixelUrl = Check.nullOrNotBlank("recruiter.trackingPixelUrl", b.trackingPixelUrl);
        this.companyJobId = Check.nullOrNotBlank("recruiter.companyJobId", b.companyJobId);
        this.applyMethod = b.applyMethod;
    }

    /** Changes of the posting linked to this hiring project. */
    public static Builder builder(String projectId) {
        return new Builder().projectId(projectId);
    }

    /** A builder holding every field of these changes. */
    public Builder toBuilder() {
        return new Builder().projectId(projectId).functions(functions).industries(industries).seniority(seniority)
                .includePosterInfo(includePosterInfo).trackingPixelUrl(trackingPixelUrl).companyJobId(companyJobId)
                .applyMethod(applyMethod);
    }

    /** {@code project_id}: the hiring project the posting is linked to. */
    public String projectId() {
        return projectId;
    }

    /** {@code functions}: 1 to 3 new job function ids; empty to keep them. Immutable. */
    public List<String> functions() {
        return functions;
    }

    /** {@code industries}: 1 to 3 new industry ids; empty to keep them. Immutable. */
    public List<String> industries() {
        return industries;
    }

    /** {@code seniority}, or {@code null} to keep it. */
    public JobSeniority seniority() {
        return seniority;
    }

    /** {@code include_poster_info}, or {@code null} to keep it. */
    public Boolean includePosterInfo() {
        return includePosterInfo;
    }

    /** {@code tracking_pixel_url}, or {@code null} to keep it. */
    public String trackingPixelUrl() {
        return trackingPixelUrl;
    }

    /** {@code company_job_id}, or {@code null} to keep it. */
    public String companyJobId() {
        return companyJobId;
    }

    /** {@code apply_method}, or {@code null} to keep it. */
    public ApplyMethod applyMethod() {
        return applyMethod;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecruiterJobChanges r && projectId.equals(r.projectId) && functions.equals(r.functions)
                && industries.equals(r.industries) && Objects.equals(seniority, r.seniority)
                && Objects.equals(includePosterInfo, r.includePosterInfo)
                && Objects.equals(trackingPixelUrl, r.trackingPixelUrl) && Objects.equals(companyJobId, r.companyJobId)
                && Objects.equals(applyMethod, r.applyMethod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, functions, industries, seniority, includePosterInfo, trackingPixelUrl,
                companyJobId, applyMethod);
    }

    @Override
    public String toString() {
        return "RecruiterJobChanges[projectId=" + projectId + ", functions=" + functions + ", industries="
                + industries + ", seniority=" + seniority + ", includePosterInfo=" + includePosterInfo
                + ", trackingPixelUrl=" + trackingPixelUrl + ", companyJobId=" + companyJobId + ", applyMethod="
                + applyMethod + "]";
    }

    /** Builds {@link RecruiterJobChanges}; {@link #build()} checks them. */
    public static final class Builder {
        private String projectId;
        private List<String> functions = List.of();
        private List<String> industries = List.of();
        private JobSeniority seniority;
        private Boolean includePosterInfo;
        private String trackingPixelUrl;
        private String companyJobId;
        private ApplyMethod applyMethod;

        private Builder() {
        }

        /** {@code project_id} (required): the hiring project the posting is linked to. */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /** {@code functions}: 1 to 3 new job function ids, lower-case letters such as {@code eng}. */
        public Builder functions(String... functions) {
            return functions(Arrays.asList(functions));
        }

        /** {@code functions}: 1 to 3 new job function ids; empty to keep them. */
        public Builder functions(List<String> functions) {
            this.functions = functions;
            return this;
        }

        /** {@code industries}: 1 to 3 new industry ids, digits such as {@code 4}. */
        public Builder industries(String... industries) {
            return industries(Arrays.asList(industries));
        }

        /** {@code industries}: 1 to 3 new industry ids; empty to keep them. */
        public Builder industries(List<String> industries) {
            this.industries = industries;
            return this;
        }

        /** {@code seniority}. */
        public Builder seniority(JobSeniority seniority) {
            this.seniority = seniority;
            return this;
        }

        /** {@code include_poster_info}. */
        public Builder includePosterInfo(Boolean includePosterInfo) {
            this.includePosterInfo = includePosterInfo;
            return this;
        }

        /** {@code tracking_pixel_url}. */
        public Builder trackingPixelUrl(String trackingPixelUrl) {
            this.trackingPixelUrl = trackingPixelUrl;
            return this;
        }

        /** {@code company_job_id}. */
        public Builder companyJobId(String companyJobId) {
            this.companyJobId = companyJobId;
            return this;
        }

        /** {@code apply_method}. */
        public Builder applyMethod(ApplyMethod applyMethod) {
            this.applyMethod = applyMethod;
            return this;
        }

        /** The changes; fails naming {@code recruiter.projectId} when missing, or a field out of bounds. */
        public RecruiterJobChanges build() {
            return new RecruiterJobChanges(this);
        }
    }
}

package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * JSON body of {@code POST /api/v1/linkedin/jobs/{draft_id}/publish}: publish a draft for free or promoted with a
 * budget. Checked when built: a budget goes with a promoted mode only, and {@code PROMOTED_PLUS} with LinkedIn
 * (classic) only.
 *
 * <pre>{@code
 * PublishJobPostingRequest.free(accountId).build();
 * PublishJobPostingRequest.promoted(accountId).budget(JobBudget.daily("EUR", 15)).build();
 * }</pre>
 */
public final class PublishJobPostingRequest {
    private final String accountId;
    private final JobPublishMode mode;
    private final JobPostingService service;
    private final Boolean hiringPhotoFrame;
    private final JobBudget budget;

    private PublishJobPostingRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.mode = Check.notNull("mode", b.mode);
        this.service = b.service;
        this.hiringPhotoFrame = b.hiringPhotoFrame;
        this.budget = b.budget;
        if (budget != null && mode.equals(JobPublishMode.FREE)) {
            throw new IllegalArgumentException("budget applies to promoted postings; leave it null for FREE");
        }
        if (mode.equals(JobPublishMode.PROMOTED_PLUS) && JobPostingService.RECRUITER.equals(service)) {
            throw new IllegalArgumentException("mode PROMOTED_PLUS exists on LinkedIn (CLASSIC) only, not RECRUITER");
        }
    }

    /** Publishing for free. */
    public static Builder free(String accountId) {
        return new Builder().accountId(accountId).mode(JobPublishMode.FREE);
    }

    /** Publishing promoted, with LinkedIn's recommended budget unless {@link Builder#budget(JobBudget)} sets one. */
    public static Builder promoted(String accountId) {
        return new Builder().accountId(accountId).mode(JobPublishMode.PROMOTED);
    }

    /** An empty builder; {@code accountId} and {@code mode} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).mode(mode).service(service).hiringPhotoFrame(hiringPhotoFrame)
                .budget(budget);
    }

    /** {@code account_id}: the LinkedIn account that owns the draft. */
    public String accountId() {
        return accountId;
    }

    /** {@code mode}: free, promoted, or promoted plus (classic only). */
    public JobPublishMode mode() {
        return mode;
    }

    /** {@code service}: the service the posting depends on; {@code null} for Unipile's default, classic. */
    public JobPostingService service() {
        return service;
    }

    /** {@code hiring_photo_frame}: whether to add the #hiring frame to the member's picture, or {@code null}. */
    public Boolean hiringPhotoFrame() {
        return hiringPhotoFrame;
    }

    /** {@code budget}: the budget of a promoted posting, or {@code null} for LinkedIn's recommendation. */
    public JobBudget budget() {
        return budget;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublishJobPostingRequest r && accountId.equals(r.accountId) && mode.equals(r.mode)
                && Objects.equals(service, r.service) && Objects.equals(hiringPhotoFrame, r.hiringPhotoFrame)
                && Objects.equals(budget, r.budget);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, mode, service, hiringPhotoFrame, budget);
    }

    @Override
    public String toString() {
        return "PublishJobPostingRequest[accountId=" + accountId + ", mode=" + mode + ", service=" + service
                + ", hiringPhotoFrame=" + hiringPhotoFrame + ", budget=" + budget + "]";
    }

    /** Builds a {@link PublishJobPostingRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private JobPublishMode mode;
        private JobPostingService service;
        private Boolean hiringPhotoFrame;
        private JobBudget budget;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account that owns the draft. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code mode} (required). */
        public Builder mode(JobPublishMode mode) {
            this.mode = mode;
            return this;
        }

        /** {@code service}: classic (Unipile's default) or recruiter. */
        public Builder service(JobPostingService service) {
            this.service = service;
            return this;
        }

        /** {@code hiring_photo_frame}: whether to add the #hiring frame to the member's picture. */
        public Builder hiringPhotoFrame(Boolean hiringPhotoFrame) {
            this.hiringPhotoFrame = hiringPhotoFrame;
            return this;
        }

        /** {@code budget}: a promoted posting's daily or monthly budget. */
        public Builder budget(JobBudget budget) {
            this.budget = budget;
            return this;
        }

        /** The request; fails naming the field that is missing or does not fit the mode. */
        public PublishJobPostingRequest build() {
            return new PublishJobPostingRequest(this);
        }
    }
}

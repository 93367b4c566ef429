package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/linkedin/jobs}: the job postings of a LinkedIn account, active ones unless another
 * {@link JobPostingCategory} is asked for. The account is required; {@code limit} (1 to 250) and a blank
 * {@code cursor} are checked when the call is made, before anything is sent.
 */
public final class ListJobPostingsRequest {
    private final String accountId;
    private final JobPostingCategory category;
    private final Integer limit;
    private final String cursor;

    private ListJobPostingsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.category = b.category;
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** A builder for the postings of this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).category(category).limit(limit).cursor(cursor);
    }

    /** {@code account_id}: the LinkedIn account to ask. */
    public String accountId() {
        return accountId;
    }

    /** {@code category}: active, draft or closed postings; {@code null} for Unipile's default, active. */
    public JobPostingCategory category() {
        return category;
    }

    /** {@code limit}: items per page, 1 to 250; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListJobPostingsRequest r && accountId.equals(r.accountId)
                && Objects.equals(category, r.category) && Objects.equals(limit, r.limit)
                && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, category, limit, cursor);
    }

    @Override
    public String toString() {
        return "ListJobPostingsRequest[accountId=" + accountId + ", category=" + category + ", limit=" + limit
                + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListJobPostingsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private JobPostingCategory category;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account to ask. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code category}: active (Unipile's default), draft or closed postings. */
        public Builder category(JobPostingCategory category) {
            this.category = category;
            return this;
        }

        /** {@code limit}: items per page, 1 to 250. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** The request; fails naming {@code accountId} when it is missing or blank. */
        public ListJobPostingsRequest build() {
            return new ListJobPostingsRequest(this);
        }
    }
}

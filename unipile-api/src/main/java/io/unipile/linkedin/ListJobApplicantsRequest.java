package io.unipile.linkedin;

import io.unipile.internal.Check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Query of {@code GET /api/v1/linkedin/jobs/{id}/applicants}: the people who applied to a job posting, optionally
 * only those of some ratings or matching keywords. The account is required; {@code limit} (1 to 250) and a blank
 * {@code cursor} are checked when the call is made, before anything is sent.
 */
public final class ListJobApplicantsRequest {
    private final String accountId;
    private final Set<ApplicantRating> ratings;
    private final String keywords;
    private final JobPostingService service;
    private final Integer limit;
    private final String cursor;

    private ListJobApplicantsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.ratings = Collections.unmodifiableSet(new LinkedHashSet<>(Check.noNullElements("ratings", b.ratings)));
        this.keywords = Check.nullOrNotBlank("keywords", b.keywords);
        this.service = b.service;
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** A builder for the applicants, as seen from this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).ratings(ratings.toArray(new ApplicantRating[0])).keywords(keywords)
                .service(service).limit(limit).cursor(cursor);
    }

    /** {@code account_id}: the LinkedIn account that owns the posting. */
    public String accountId() {
        return accountId;
    }

    /** {@code ratings}: only applicants rated so, in the order given; empty for every rating. Immutable. */
    public Set<ApplicantRating> ratings() {
        return ratings;
    }

    /** {@code keywords}: only applicants matching these words, or {@code null}. */
    public String keywords() {
        return keywords;
    }

    /** {@code service}: the service the posting depends on; {@code null} for Unipile's default, classic. */
    public JobPostingService service() {
        return service;
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
        return o instanceof ListJobApplicantsRequest r && accountId.equals(r.accountId)
                && ratings.equals(r.ratings) && Objects.equals(keywords, r.keywords)
                && Objects.equals(service, r.service) && Objects.equals(limit, r.limit)
                && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, ratings, keywords, service, limit, cursor);
    }

    @Override
    public String toString() {
        return "ListJobApplicantsRequest[accountId=" + accountId + ", ratings=" + ratings + ", keywords="
                + keywords + ", service=" + service + ", limit=" + limit + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListJobApplicantsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private final List<ApplicantRating> ratings = new ArrayList<>();
        private String keywords;
        private JobPostingService service;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code account_id} (required): the LinkedIn account that owns the posting. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code ratings}: only applicants rated one of these; replaces the ratings set before. */
        public Builder ratings(ApplicantRating... ratings) {
            this.ratings.clear();
            for (ApplicantRating r : ratings) {
                addRating(r);
            }
            return this;
        }

        /** Adds a rating to {@code ratings}. */
        public Builder addRating(ApplicantRating rating) {
            this.ratings.add(rating);
            return this;
        }

        /** {@code keywords}: only applicants matching these words. */
        public Builder keywords(String keywords) {
            this.keywords = keywords;
            return this;
        }

        /** {@code service}: the service the posting depends on, classic (Unipile's default) or recruiter. */
        public Builder service(JobPostingService service) {
            this.service = service;
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

        /** The request; fails naming {@code accountId}, a null rating or blank {@code keywords}. */
        public ListJobApplicantsRequest build() {
            return new ListJobApplicantsRequest(this);
        }
    }
}

package io.unipile.users;

import io.unipile.internal.Check;

import java.util.Objects;

/**
 * Query of {@code GET /api/v1/users/{identifier}/posts}: the account to read through, whether the identifier is a
 * company, and paging. Build with {@link #builder(String)}; the range of {@code limit} and the blank check of
 * {@code cursor} are applied when the call is made, before anything is sent.
 */
public final class ListPostsRequest {
    private final String accountId;
    private final Boolean isCompany;
    private final Integer limit;
    private final String cursor;

    private ListPostsRequest(Builder b) {
        this.accountId = Check.notBlank("accountId", b.accountId);
        this.isCompany = b.isCompany;
        this.limit = b.limit;
        this.cursor = b.cursor;
    }

    /** A person's posts, first page, of the server's default size, read through this account. */
    public static ListPostsRequest of(String accountId) {
        return builder(accountId).build();
    }

    /** A builder for reading through this account. */
    public static Builder builder(String accountId) {
        return new Builder().accountId(accountId);
    }

    /** An empty builder; {@code accountId} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this request. */
    public Builder toBuilder() {
        return new Builder().accountId(accountId).isCompany(isCompany).limit(limit).cursor(cursor);
    }

    /** {@code account_id}: the account to read through. */
    public String accountId() {
        return accountId;
    }

    /** {@code is_company}: {@code true} when the identifier is a LinkedIn company; {@code null} for a person. */
    public Boolean isCompany() {
        return isCompany;
    }

    /** {@code limit}: items per page, 1 to 100; {@code null} for the server's default. */
    public Integer limit() {
        return limit;
    }

    /** {@code cursor}: where to continue, from a previous page; {@code null} for the first page. */
    public String cursor() {
        return cursor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListPostsRequest r && accountId.equals(r.accountId) && Objects.equals(isCompany, r.isCompany)
                && Objects.equals(limit, r.limit) && Objects.equals(cursor, r.cursor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, isCompany, limit, cursor);
    }

    @Override
    public String toString() {
        return "ListPostsRequest[accountId=" + accountId + ", isCompany=" + isCompany + ", limit=" + limit
                + ", cursor=" + cursor + "]";
    }

    /** Builds a {@link ListPostsRequest}; {@link #build()} checks it. */
    public static final class Builder {
        private String accountId;
        private Boolean isCompany;
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** {@code account_id} (required). */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** {@code is_company} (LinkedIn): {@code true} when the identifier is a company's id. */
        public Builder isCompany(Boolean isCompany) {
            this.isCompany = isCompany;
            return this;
        }

        /** {@code limit}: items per page, 1 to 100. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** {@code cursor}: the cursor of a previous page, to continue after it. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** The request; fails naming {@code accountId} when missing. */
        public ListPostsRequest build() {
            return new ListPostsRequest(this);
        }
    }
}
